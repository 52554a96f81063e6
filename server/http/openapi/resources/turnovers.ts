import "server-only";
import { idParamsSchema } from "@/lib/domain/reservation-api";
import {
  turnoverListResponseSchema,
  turnoverResponseSchema,
  turnoversQuerySchema,
  updateTurnoverInputSchema,
} from "@/lib/domain/turnover";
import { defineOperations } from "../registry";

const tag = "Turnovers";

/** Cleaning between stays (issue 17). */
export const turnoverOperations = defineOperations({
  getTurnoversOfDay: {
    method: "get",
    path: "/api/v1/turnovers",
    tag,
    summary: "The day's turnovers: one cleaning per departure",
    description:
      "Staff and managers. One turnover per stay departing on `date` (its id is the stay's id), made when the stay is created and kept in step when it changes or is cancelled; by unit number. Not paged: at most one per unit.",
    capability: "turnover.read",
    query: turnoversQuerySchema,
    responses: { 200: { description: "The day's turnovers", schema: turnoverListResponseSchema } },
  },
  updateTurnover: {
    method: "patch",
    path: "/api/v1/turnovers/{id}",
    tag,
    summary: "Assign a turnover, tick its checklist, report a problem, mark the unit ready",
    description:
      'Staff and managers. `assignee` `{kind:"staff",userId}` or `{kind:"outside",name}` (the answer then holds `cleanerUrl` once; a new assignment replaces the link); the first assignment issues the cleaning code, valid only for the window. `items[]` `{index, done?, photoKeys?, problem?}`: photos are uploads of purpose `ticket_photo` by the caller; a `problem` (damaged or missing) opens one maintenance ticket for the unit. `status: "ready"` stamps `readyAt` (shown on the next arrival) and takes the code off the locks. A ready or cancelled turnover: 409; a change racing another: 409.',
    capability: "turnover.manage",
    params: idParamsSchema,
    body: updateTurnoverInputSchema,
    responses: { 200: { description: "The turnover", schema: turnoverResponseSchema } },
    errors: [404, 409],
  },
});
