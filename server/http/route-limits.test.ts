import { describe, expect, it, vi } from "vitest";
import * as building from "@/app/api/v1/building/route";
import * as me from "@/app/api/v1/me/route";
import { bearer, seedBuilding, seedToken } from "@/test/api-fixtures";
import { makeUser, newBuildingId } from "@/test/fixtures";
import { auth } from "../auth/auth";
import { getBuilding } from "../db/buildings";
import { createUser } from "../db/users";
import { MAX_BODY_BYTES } from "./route";

/**
 * L4 and L12 through the real route handlers: a request signed in by the session cookie must come from this
 * site (Origin) and send JSON; bodies over the limit are refused unread, by Content-Length or while streaming.
 * Auth.js is replaced by a stub whose session the tests choose (as in route.test.ts).
 */
vi.mock("../auth/auth", () => ({ auth: vi.fn(async () => null) }));
const signInAs = (user: { id: string; buildingId: string } | null) =>
  vi.mocked(auth as unknown as () => Promise<unknown>).mockResolvedValue(user ? { user, expires: "" } : null);

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
const call = async (handler: Handler, path: string, init: RequestInit & { duplex?: "half" } = {}) => {
  const res = await handler(new Request(`http://localhost${path}`, init), { params: Promise.resolve({}) });
  return { status: res.status, body: await res.json() };
};

const b = newBuildingId();
await seedBuilding(b);
const manager = await createUser({ user: makeUser(b, { role: "manager" }) });
const token = await seedToken(b, { role: "manager" });
const minNights = async () => (await getBuilding({ buildingId: b })).config.minNights;
const patchNights = (n: number, headers: Record<string, string>, body?: BodyInit) => ({
  method: "PATCH",
  headers,
  body: body ?? JSON.stringify({ config: { minNights: n } }),
});
const json = { "content-type": "application/json" };

describe("/api/v1 with the session cookie (L4)", () => {
  it("refuses a write from another origin, or with no Origin, and changes nothing", async () => {
    signInAs({ id: manager.id, buildingId: b });
    const before = await minNights();
    const sibling = await call(
      building.PATCH,
      "/api/v1/building",
      patchNights(7, { ...json, origin: "https://evil.example.com" }),
    );
    expect(sibling.status).toBe(403);
    expect(sibling.body.error.code).toBe("forbidden");
    const none = await call(building.PATCH, "/api/v1/building", patchNights(7, json));
    expect(none.status).toBe(403);
    expect(await minNights()).toBe(before);
  });

  it("refuses a body that is not declared JSON (415), as a forged form or text/plain post would send", async () => {
    signInAs({ id: manager.id, buildingId: b });
    const before = await minNights();
    for (const type of [
      "text/plain;charset=UTF-8",
      "application/x-www-form-urlencoded",
      "multipart/form-data",
    ]) {
      const res = await call(
        building.PATCH,
        "/api/v1/building",
        patchNights(8, { "content-type": type, origin: "http://localhost" }),
      );
      expect(res.status, type).toBe(415);
      expect(res.body.error.code).toBe("unsupported_media_type");
    }
    expect(await minNights()).toBe(before);
  });

  it("accepts JSON from this site: the request's own origin or APP_URL's", async () => {
    signInAs({ id: manager.id, buildingId: b });
    const own = await call(
      building.PATCH,
      "/api/v1/building",
      patchNights(4, { ...json, origin: "http://localhost" }),
    );
    expect(own.status).toBe(200);
    expect(await minNights()).toBe(4);
    const app = await call(
      building.PATCH,
      "/api/v1/building",
      patchNights(5, { "content-type": "application/json; charset=utf-8", origin: "http://localhost:3000" }),
    );
    expect(app.status).toBe(200);
    expect(await minNights()).toBe(5);
  });

  it("reads without Origin still work; a read from another origin does not", async () => {
    signInAs({ id: manager.id, buildingId: b });
    expect((await call(me.GET, "/api/v1/me")).status).toBe(200);
    const cross = await call(me.GET, "/api/v1/me", { headers: { origin: "https://evil.example.com" } });
    expect(cross.status).toBe(403);
  });

  it("an API token is not ambient: no Origin check and any content type", async () => {
    signInAs(null);
    const res = await call(
      building.PATCH,
      "/api/v1/building",
      patchNights(6, {
        ...bearer(token.secret),
        origin: "https://tools.example.com",
        "content-type": "text/plain",
      }),
    );
    expect(res.status).toBe(200);
    expect(await minNights()).toBe(6);
  });
});

describe("request body limits (L12)", () => {
  const big = JSON.stringify({ config: { minNights: 9 }, pad: "x".repeat(MAX_BODY_BYTES) });

  it("refuses a body whose Content-Length is over the limit, before reading it", async () => {
    const res = await call(
      building.PATCH,
      "/api/v1/building",
      patchNights(9, { ...bearer(token.secret), ...json, "content-length": String(big.length) }, big),
    );
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe("payload_too_large");
    expect(await minNights()).not.toBe(9);
  });

  it("counts a streamed body with no Content-Length and stops past the limit", async () => {
    let sent = 0;
    const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        // an endless body: only counting can stop it
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const res = await call(building.PATCH, "/api/v1/building", {
      ...patchNights(9, { ...bearer(token.secret), ...json }, stream),
      duplex: "half",
    });
    expect(res.status).toBe(413);
    expect(sent).toBeLessThan(MAX_BODY_BYTES * 2);
    expect(await minNights()).not.toBe(9);
  });

  it("a body under the limit is read as before", async () => {
    const padded = JSON.stringify({ config: { minNights: 3 } }).padEnd(MAX_BODY_BYTES - 10, " ");
    const res = await call(
      building.PATCH,
      "/api/v1/building",
      patchNights(3, { ...bearer(token.secret), ...json }, padded),
    );
    expect(res.status).toBe(200);
    expect(await minNights()).toBe(3);
  });
});
