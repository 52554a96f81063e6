import "server-only";
import { z } from "zod";
import type { Capability } from "@/lib/permissions";
import type { ApiTag } from "./tags";

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";
/** Error statuses an operation may name beyond those inferred from its options (see errors.ts). */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 503;

export type ApiResponse = {
  description: string;
  schema?: z.ZodType;
  /** default `application/json`; CSV and iCal routes say otherwise */
  contentType?: string;
};

/**
 * One `/api/v1` operation, defined once: the route handler is built from it (`apiRoute(op, handler)` parses
 * params, query and body with its schemas, checks its capability and, under test, checks every answer against
 * its responses) and the OpenAPI document is built from the same object. Adding an endpoint means adding one
 * of these to its resource's file under resources/ and exporting `apiRoute(thatOp, …)` from the route file.
 */
export type ApiOperation = {
  method: HttpMethod;
  /** OpenAPI path with `{name}` placeholders, e.g. `/api/v1/units/{id}` */
  path: string;
  /** operationId: a verb-noun name generated clients use, e.g. `listUnits` */
  id: string;
  /** one of API_TAGS (tags.ts), which describes it */
  tag: ApiTag;
  summary: string;
  description?: string;
  /** "public": no session or token needed (health, this document); default "required" */
  auth?: "required" | "public";
  /** the capability the wrapper checks first; documented, and implies 403 */
  capability?: Capability;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** success responses (and any non-error-body response, such as health's 503) by status */
  responses: Record<number, ApiResponse>;
  /** errors the options cannot imply: 404 of a looked-up id, 409 on conflict, 429 */
  errors?: ErrorStatus[];
};

/** An operation as written in a resource file: its operationId is its key there. */
export type OperationSpec = Omit<ApiOperation, "id">;

/**
 * A resource's operations, keyed by operationId (`ticketOperations.updateTicket`). The schemas' own types are
 * kept, so a handler built from one gets typed `params`, `query` and `body`.
 */
export function defineOperations<T extends Record<string, OperationSpec>>(ops: T): Operations<T> {
  return Object.fromEntries(Object.entries(ops).map(([id, op]) => [id, { ...op, id }])) as Operations<T>;
}
type Operations<T> = { [I in keyof T & string]: T[I] & { id: I } };

/** The list shape of every `/api/v1` list (SPEC): pair it with `pageQuerySchema` (or an extension) as query. */
export const pageOf = (item: z.ZodType) =>
  z.object({
    items: z.array(item),
    cursor: z.string().nullable().describe("Pass as `?cursor=` for the next page; null on the last page."),
  });
