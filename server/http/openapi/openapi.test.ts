import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { apiRoute, json, type OperationHandler, publicRoute } from "../route";
import { openApiDocument } from "./document";
import { ERROR_RESPONSES, errorStatusesOf } from "./errors";
import { API_OPERATIONS } from "./operations";
import { pageOperations } from "./resources/chat";
import { healthOperations } from "./resources/health";
import { ticketOperations } from "./resources/tickets";
import { unitOperations } from "./resources/units";
import { toJsonSchema } from "./schema";
import { API_TAGS } from "./tags";

// Route modules import Auth.js; the document needs no session, so a stub keeps next-auth out of the test.
vi.mock("../../auth/auth", () => ({ auth: vi.fn(async () => null) }));

type Doc = {
  openapi: string;
  servers: { url: string }[];
  tags: { name: string; description?: string }[];
  paths: Record<string, Record<string, Op>>;
  components: Record<string, Record<string, unknown>>;
  security: unknown[];
};
type Op = {
  operationId: string;
  responses: Record<string, unknown>;
  parameters?: { name: string; in: string }[];
};
const doc = openApiDocument() as unknown as Doc;
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
const ROOT = join(__dirname, "../../..");

/** Every route.ts under app/api/v1 and app/api/health, as an OpenAPI path (`[id]` → `{id}`, groups dropped). */
function routeFiles(dir: string): { file: string; path: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return routeFiles(full);
    if (!/^route\.tsx?$/.test(e.name)) return [];
    const segments = relative(join(ROOT, "app"), dir)
      .split(sep)
      .filter((s) => !/^\(.*\)$/.test(s))
      .map((s) => s.replace(/^\[{1,2}(?:\.\.\.)?([^\]]+)\]{1,2}$/, "{$1}"));
    return [{ file: full, path: `/${segments.join("/")}` }];
  });
}
const routes = [...routeFiles(join(ROOT, "app/api/v1")), ...routeFiles(join(ROOT, "app/api/health"))];
const modules = await Promise.all(
  routes.map(async (r) => ({ ...r, mod: (await import(r.file)) as Record<string, unknown> })),
);
const exported = modules.flatMap(({ path, mod }) =>
  METHODS.filter((m) => typeof mod[m] === "function").map((m) => ({
    path,
    method: m.toLowerCase(),
    fn: mod[m],
  })),
);

function resolve(ref: string): unknown {
  return ref
    .replace(/^#\//, "")
    .split("/")
    .map((key) => key.replaceAll("~1", "/").replaceAll("~0", "~"))
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);
}

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 with both security schemes required by default", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.components.securitySchemes).toMatchObject({
      sessionCookie: { type: "apiKey", in: "cookie" },
      bearerToken: { type: "http", scheme: "bearer" },
    });
    expect(doc.security).toEqual([{ sessionCookie: [] }, { bearerToken: [] }]);
  });

  it("names its server (relative: the origin it is served from) and describes every tag it uses", () => {
    expect(doc.servers).toEqual([expect.objectContaining({ url: "/" })]);
    const used = new Set(API_OPERATIONS.map((o) => o.tag));
    expect(doc.tags.map((t) => t.name).sort()).toEqual([...used].sort());
    for (const t of doc.tags) expect(t.description, t.name).toBe(API_TAGS[t.name as keyof typeof API_TAGS]);
  });

  it("writes `unknown | null` as the empty schema, not an `anyOf` with an empty member", () => {
    const defs = {};
    expect(toJsonSchema(z.object({ r: z.unknown().nullable() }), "output", defs)).toMatchObject({
      properties: { r: {} },
    });
    // a union whose members all constrain something is kept
    expect(toJsonSchema(z.object({ a: z.string() }).nullable(), "output", defs)).toMatchObject({
      anyOf: [{ type: "object" }, { type: "null" }],
    });
    const emptyMembers: unknown[] = [];
    JSON.stringify(doc, (key, value) => {
      if (key === "anyOf" && Array.isArray(value)) {
        emptyMembers.push(...value.filter((m) => JSON.stringify(m) === "{}"));
      }
      return value;
    });
    expect(emptyMembers).toEqual([]);
  });

  it("builds every route handler under app/api/v1 and app/api/health from a registered operation", () => {
    expect(exported.length).toBeGreaterThanOrEqual(40);
    for (const { path, method, fn } of exported) {
      const where = `${method.toUpperCase()} ${path}`;
      const op = (fn as Partial<OperationHandler>).operation;
      expect(op, `${where} is not built with apiRoute/publicRoute from an operation`).toBeDefined();
      // the very object the registry lists (not a copy), for this file's path and this export's method
      expect(API_OPERATIONS.includes(op as (typeof API_OPERATIONS)[number]), `${where}: ${op?.id}`).toBe(
        true,
      );
      expect(`${op?.method.toUpperCase()} ${op?.path}`, `${where} serves ${op?.id}`).toBe(where);
    }
  });

  it("serves every registered operation from exactly one route handler", () => {
    const served = exported.map((e) => (e.fn as Partial<OperationHandler>).operation);
    for (const op of API_OPERATIONS) {
      expect(served.filter((s) => s === op).length, `${op.method} ${op.path} (${op.id})`).toBe(1);
    }
    const documented = Object.values(doc.paths).flatMap((item) => Object.keys(item));
    expect(documented.length).toBe(API_OPERATIONS.length);
  });

  it("builds the chat page's stream from its own operation, which the document leaves out", async () => {
    const chat = (await import(join(ROOT, "app/api/chat/route.ts"))) as Record<
      string,
      Partial<OperationHandler>
    >;
    expect(chat.POST.operation).toBe(pageOperations.streamChatTurn);
    expect(API_OPERATIONS).not.toContain(pageOperations.streamChatTurn);
    expect(doc.paths["/api/chat"]).toBeUndefined();
  });

  it("serves public operations without an actor and every other one with apiRoute", async () => {
    expect(() => apiRoute(healthOperations.getHealth, async () => json(null))).toThrow(/publicRoute/);
    expect(() => publicRoute(ticketOperations.getTicket, () => json(null))).toThrow(/apiRoute/);
  });

  it("gives every operation a unique id, a success response and its error responses", () => {
    const ids = API_OPERATIONS.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const op of API_OPERATIONS) {
      const responses = doc.paths[op.path][op.method].responses;
      const statuses = Object.keys(responses).map(Number);
      const where = `${op.method} ${op.path}`;
      expect(
        statuses.some((s) => s >= 200 && s < 300),
        where,
      ).toBe(true);
      expect(statuses, where).toContain(500);
      if (op.auth !== "public") expect(statuses, where).toEqual(expect.arrayContaining([401, 503]));
      if (op.capability) expect(statuses, where).toContain(403);
      if (op.body) expect(statuses, where).toEqual(expect.arrayContaining([400, 422]));
      if (op.query || op.params) expect(statuses, where).toContain(422);
      for (const s of errorStatusesOf(op)) expect(responses[s], `${where} ${s}`).toBeDefined();
    }
  });

  it("describes the error body once, for each of 400 401 403 404 409 422 429 503", () => {
    for (const s of [400, 401, 403, 404, 409, 422, 429, 503]) {
      const r = doc.components.responses[ERROR_RESPONSES[s].name] as {
        content: Record<string, { schema: { $ref: string } }>;
      };
      expect(r.content["application/json"].schema.$ref).toBe("#/components/schemas/Error");
    }
    expect(doc.components.schemas.Error).toMatchObject({
      required: ["error"],
      properties: { error: { required: ["code", "message"] } },
    });
  });

  it("gives every list `limit` and `cursor` and answers it with `{ items, cursor }`", () => {
    const lists = API_OPERATIONS.filter((o) => o.id.startsWith("list"));
    expect(lists.length).toBeGreaterThanOrEqual(2);
    for (const op of lists) {
      const o = doc.paths[op.path][op.method];
      expect(o.parameters?.map((p) => `${p.in}:${p.name}`)).toEqual(
        expect.arrayContaining(["query:limit", "query:cursor"]),
      );
      const body = (o.responses["200"] as { content: Record<string, { schema: unknown }> }).content[
        "application/json"
      ].schema;
      expect(body).toMatchObject({ required: ["items", "cursor"], properties: { items: { type: "array" } } });
    }
  });

  it("has no dangling $ref and opts only public operations out of security", () => {
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
    for (const r of refs) expect(resolve(r.slice(8, -1)), r).toBeDefined();
    for (const op of API_OPERATIONS) {
      const o = doc.paths[op.path][op.method] as { security?: unknown[] };
      expect(o.security, `${op.method} ${op.path}`).toEqual(op.auth === "public" ? [] : undefined);
    }
  });

  it("keeps a strict body strict and lets responses grow", () => {
    const patch = doc.paths["/api/v1/building"].patch as unknown as {
      requestBody: { content: Record<string, { schema: { additionalProperties?: boolean } }> };
    };
    expect(patch.requestBody.content["application/json"].schema.additionalProperties).toBe(false);
    expect(JSON.stringify(doc.paths["/api/v1/units"].get.responses["200"])).not.toContain(
      "additionalProperties",
    );
  });

  it("refuses an operation documented twice", () => {
    const units = unitOperations.listUnits;
    expect(() => openApiDocument([units, { ...units, id: "again" }])).toThrow(/twice/);
  });

  it("is served publicly at GET /api/v1/openapi.json", async () => {
    const route = modules.find((m) => m.path === "/api/v1/openapi.json")?.mod.GET as OperationHandler;
    const res = await route(new Request("http://localhost/api/v1/openapi.json"));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(JSON.parse(JSON.stringify(doc)));
  });
});
