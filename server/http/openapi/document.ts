import "server-only";
import { WITHHELD_FROM_TOKENS } from "@/lib/permissions";
import { errorBodySchema, errorResponseComponents } from "./errors";
import { toOperationObject } from "./operation";
import { API_OPERATIONS } from "./operations";
import type { ApiOperation } from "./registry";
import { type JsonSchema, toJsonSchema } from "./schema";
import { API_TAGS } from "./tags";

const securitySchemes = {
  sessionCookie: {
    type: "apiKey",
    in: "cookie",
    name: "authjs.session-token",
    description:
      "The Auth.js session of a signed-in person (`__Secure-authjs.session-token` over HTTPS). Any HTTP client " +
      "can sign in: `GET /api/auth/csrf`, then `POST /api/auth/callback/credentials` with `email`, `password`.",
  },
  bearerToken: {
    type: "http",
    scheme: "bearer",
    description:
      "`Authorization: Bearer <api token>`: a token a manager issued for one building. It acts with the role " +
      `it was issued with (staff or manager), never with ${[...WITHHELD_FROM_TOKENS].join(", ")}. A request ` +
      "carrying this header is judged by the token alone, whatever cookie comes with it.",
  },
};

/** The whole OpenAPI 3.1 document, built once per process from the registry (it changes only with the code). */
let cached: Record<string, unknown> | undefined;
export function openApiDocument(operations: ApiOperation[] = API_OPERATIONS): Record<string, unknown> {
  if (operations === API_OPERATIONS && cached) return cached;
  const doc = build(operations);
  if (operations === API_OPERATIONS) cached = doc;
  return doc;
}

function build(operations: ApiOperation[]) {
  const defs: JsonSchema = {};
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) {
    paths[op.path] ??= {};
    const item = paths[op.path];
    if (item[op.method]) throw new Error(`${op.method.toUpperCase()} ${op.path} is documented twice`);
    item[op.method] = toOperationObject(op, defs);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "BuildingOS API",
      version: "1.0.0",
      description:
        "The JSON API of BuildingOS: the same services and permission rules as the portal. Every item is " +
        "scoped to the caller's building. Lists are `{ items, cursor }` with `?limit=` (default 50, max 200) " +
        "and `?cursor=`. Errors are `{ error: { code, message, fields?, details? } }`: `details` carries structure (dates, unit numbers, a `reason`, `retryAfterSeconds`) a client can act on without reading the English `message`.",
    },
    // Relative: the API is served by the same origin as this document (the app's APP_URL), whichever it is.
    servers: [{ url: "/", description: "The origin this document was fetched from" }],
    tags: [...new Set(operations.map((o) => o.tag))].map((name) => ({ name, description: API_TAGS[name] })),
    security: [{ sessionCookie: [] }, { bearerToken: [] }],
    paths,
    components: {
      schemas: { Error: toJsonSchema(errorBodySchema, "output", defs), ...defs },
      responses: errorResponseComponents(),
      securitySchemes,
    },
  };
}
