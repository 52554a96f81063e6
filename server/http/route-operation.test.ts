import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { errorBodySchema } from "./openapi/errors";
import { defineOperations } from "./openapi/registry";
import { json, publicRoute } from "./route";

// The wrapper's module imports Auth.js (for apiRoute's actor); these public operations never call it.
vi.mock("../auth/auth", () => ({ auth: vi.fn(async () => null) }));

const ops = defineOperations({
  getThing: {
    method: "get",
    path: "/api/v1/things/{id}",
    tag: "Operations",
    summary: "A thing",
    auth: "public",
    params: z.object({ id: z.string().min(3) }),
    query: z.object({ n: z.coerce.number().int().default(1) }),
    responses: { 200: { description: "The thing", schema: z.object({ id: z.string(), n: z.number() }) } },
  },
});
const op = ops.getThing;
const call = (handler: ReturnType<typeof publicRoute>, id = "abc", qs = "") =>
  handler(new Request(`http://localhost/api/v1/things/${id}${qs}`), { params: Promise.resolve({ id }) });

describe("apiRoute/publicRoute built from an operation", () => {
  it("parses params and query with the op's schemas, typed from them", async () => {
    const GET = publicRoute(op, async ({ params, query }) => {
      // @ts-expect-error: the op's params have no `other`
      params.other;
      return json({ id: params.id.toUpperCase(), n: query.n * 2 });
    });
    const res = await call(GET, "abc", "?n=4");
    expect(await res.json()).toEqual({ id: "ABC", n: 8 });
    expect((GET as { operation?: unknown }).operation).toBe(op);
    // a documented 422: the id is too short
    expect((await call(GET, "ab")).status).toBe(422);
  });

  it("under test, rejects an answer its documented schema refuses, naming the op, status and field", async () => {
    const GET = publicRoute(op, async ({ params }) => json({ id: params.id, n: "two" }));
    await expect(call(GET)).rejects.toThrow(
      /GET \/api\/v1\/things\/\{id\} \(getThing\) answered 200[\s\S]*n/,
    );
  });

  it("under test, rejects a success status or an error status the op does not document", async () => {
    const created = publicRoute(op, async () => json({ id: "x", n: 1 }, 201));
    await expect(call(created)).rejects.toThrow(/answered 201, a status it does not document/);
    const conflict = publicRoute(op, async () => {
      throw new AppError("conflict", "Taken.");
    });
    await expect(call(conflict)).rejects.toThrow(/answered 409, an error status it does not document/);
    const withConflict = publicRoute({ ...op, errors: [409] }, async () => {
      throw new AppError("conflict", "Taken.");
    });
    expect((await call(withConflict)).status).toBe(409);
  });

  it("sends the allow-listed details of an error in its body, and nothing else the error carried", async () => {
    const GET = publicRoute({ ...op, errors: [409] }, async () => {
      throw new AppError("conflict", "Those nights are taken.", {
        details: { dates: ["2026-12-24", "2026-12-25"], reason: "last_manager", secret: "internal id" },
      });
    });
    const body = await (await call(GET)).json();
    expect(body).toEqual({
      error: {
        code: "conflict",
        message: "Those nights are taken.",
        details: { dates: ["2026-12-24", "2026-12-25"], reason: "last_manager" },
      },
    });
    expect(errorBodySchema.safeParse(body).success).toBe(true);
  });
});
