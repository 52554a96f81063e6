import "server-only";
import { listOutboxQuerySchema, outboxEmailSchema } from "@/lib/domain/outbox-email";
import { defineOperations, pageOf } from "../registry";

export const outboxOperations = defineOperations({
  listOutbox: {
    method: "get",
    path: "/api/v1/outbox",
    tag: "Email",
    summary: "The building's emails, newest first",
    description:
      "With `EMAIL_TRANSPORT=outbox` (local default) emails wait here as `pending` and are read in the app; with SES each is recorded `sent` or `failed`.",
    capability: "outbox.read",
    query: listOutboxQuerySchema,
    responses: { 200: { description: "A page of emails", schema: pageOf(outboxEmailSchema) } },
  },
});
