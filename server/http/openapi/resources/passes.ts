import "server-only";
import { z } from "zod";
import { accessLogSchema } from "@/lib/domain/access-log";
import { codeRemovalStatusSchema } from "@/lib/domain/code-removal";
import {
  createPassInputSchema,
  decidePassInputSchema,
  passDtoSchema,
  passIdParamsSchema,
  passListQuerySchema,
} from "@/lib/domain/pass";
import { defineOperations } from "../registry";

const tag = "Passes";
const one = z.object({ pass: passDtoSchema });

export const passOperations = defineOperations({
  listPasses: {
    method: "get",
    path: "/api/v1/passes",
    tag,
    summary: "Access passes",
    description:
      "Residents: the passes they issued; staff and managers: the building's. Newest first; `status` filters the page.",
    capability: "pass.read",
    query: passListQuerySchema,
    responses: {
      200: {
        description: "A page of passes",
        schema: z.object({ items: z.array(passDtoSchema), cursor: z.string().nullable() }),
      },
    },
  },
  issuePass: {
    method: "post",
    path: "/api/v1/passes",
    tag,
    summary: "Issue an access pass",
    description:
      "Residents, staff and managers. `doorGroupIds` and/or `deviceIds` (locks of the building; a resident only common-area locks and their own units' — 403 `details.reason` `pass_foreign_door`). `schedule`: `once` or `range` (`from`/`until` instants) or `weekly` (`from`/`until` building days, `weekdays` `mon`…`sun`, `startTime`/`endTime` building time). One PIN; each window is its own door code on each lock (a PIN slot on keypad locks), granted at the window's start and removed at its end. `ticketId` ties a vendor pass to a ticket: it is revoked when the ticket is resolved or closed. With `approvals.passes` a resident's pass is `pending` until staff decide. `link` (returned once) opens the public pass page; `delivery` `email` also mails the PIN to `holder.email` through the outbox.",
    capability: "pass.create",
    body: createPassInputSchema,
    responses: {
      201: { description: "Issued", schema: z.object({ pass: passDtoSchema, link: z.string() }) },
    },
    errors: [403, 404],
  },
  getPass: {
    method: "get",
    path: "/api/v1/passes/{id}",
    tag,
    summary: "One pass and the entries under it",
    description:
      "Its issuer, staff and managers: the pass and the door events of its holder on its locks since it was issued (newest first, at most 50), and `removals`: its window codes that some locks have not confirmed deleting (asked again by the sweeper with a growing pause).",
    capability: "pass.read",
    params: passIdParamsSchema,
    responses: {
      200: {
        description: "The pass",
        schema: z.object({
          pass: passDtoSchema,
          entries: z.array(accessLogSchema.omit({ ttl: true })),
          removals: z.array(codeRemovalStatusSchema),
        }),
      },
    },
    errors: [404],
  },
  revokePass: {
    method: "post",
    path: "/api/v1/passes/{id}/revoke",
    tag,
    summary: "Revoke a pass",
    description:
      "Its issuer, or staff and managers. No window opens again; the code on the locks now is asked off them. Revoking twice is harmless.",
    capability: "pass.revoke",
    params: passIdParamsSchema,
    responses: { 200: { description: "Revoked", schema: one } },
    errors: [404],
  },
  decidePass: {
    method: "post",
    path: "/api/v1/passes/{id}/decision",
    tag,
    summary: "Approve or decline a pending pass",
    description:
      "Staff and managers, when the building requires approval. Approved, the pass works at once (and is emailed when its delivery is email). A pass that is no longer live answers 409 `details.reason` `pass_not_live`; two concurrent decisions: one wins, the other is 409.",
    capability: "pass.approve",
    params: passIdParamsSchema,
    body: decidePassInputSchema,
    responses: { 200: { description: "Decided", schema: one } },
    errors: [404, 409],
  },
});
