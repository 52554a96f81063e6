import "server-only";
import { errorResponseRef, errorStatusesOf } from "./errors";
import type { ApiOperation } from "./registry";
import { type JsonSchema, toJsonSchema, toParameters } from "./schema";

/** One registry entry as an OpenAPI Operation Object; shared schemas it creates go into `defs`. */
export function toOperationObject(op: ApiOperation, defs: JsonSchema) {
  const parameters = [
    ...(op.params ? toParameters(op.params, "path", defs) : []),
    ...(op.query ? toParameters(op.query, "query", defs) : []),
  ];
  const responses: Record<string, unknown> = {};
  for (const [status, r] of Object.entries(op.responses)) {
    responses[status] = {
      description: r.description,
      ...(r.schema
        ? {
            content: {
              [r.contentType ?? "application/json"]: { schema: toJsonSchema(r.schema, "output", defs) },
            },
          }
        : {}),
    };
  }
  for (const status of errorStatusesOf(op)) responses[String(status)] ??= errorResponseRef(status);

  return {
    operationId: op.id,
    tags: [op.tag],
    summary: op.summary,
    ...(descriptionOf(op) ? { description: descriptionOf(op) } : {}),
    // public operations opt out of the document-wide security requirement
    ...(op.auth === "public" ? { security: [] } : {}),
    ...(op.capability ? { "x-capability": op.capability } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(op.body
      ? {
          requestBody: {
            required: true,
            content: { "application/json": { schema: toJsonSchema(op.body, "input", defs) } },
          },
        }
      : {}),
    responses,
  };
}

function descriptionOf(op: ApiOperation): string | undefined {
  const needs = op.capability ? `Requires the \`${op.capability}\` capability (lib/permissions.ts).` : "";
  return [op.description, needs].filter(Boolean).join("\n\n") || undefined;
}
