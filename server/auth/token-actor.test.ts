import { describe, expect, it, vi } from "vitest";
import { keys } from "@/server/db/keys";
import { seedBuilding, seedToken } from "@/test/api-fixtures";
import { makeUser, newBuildingId } from "@/test/fixtures";
import { findApiTokenByHash, revokeApiToken, touchApiToken } from "../db/api-tokens";
import { getRecord } from "../db/item";
import { hashToken } from "../db/token-hash";
import { createUser, updateUser } from "../db/users";
import { bearerToken, tokenActor } from "./token-actor";

// Spy on the write while keeping the real one, to tell "no write attempted" from "write refused by condition".
vi.mock("../db/api-tokens", async (importOriginal) => {
  const real = await importOriginal<typeof import("../db/api-tokens")>();
  return { ...real, touchApiToken: vi.fn(real.touchApiToken) };
});

const b = newBuildingId();
const other = newBuildingId();
const off = newBuildingId();
await Promise.all([seedBuilding(b), seedBuilding(other), seedBuilding(off, { apiTokens: false })]);

const rejects401 = (p: Promise<unknown>) => expect(p).rejects.toMatchObject({ code: "unauthenticated" });

describe("bearerToken", () => {
  const req = (authorization?: string) =>
    new Request("http://x/api/v1/me", { headers: authorization ? { authorization } : {} });
  it("reads the Bearer scheme case-insensitively and leaves other schemes alone", () => {
    expect(bearerToken(req("Bearer abc"))).toBe("abc");
    expect(bearerToken(req("bearer   abc  "))).toBe("abc");
    expect(bearerToken(req("Bearer"))).toBe("");
    expect(bearerToken(req("Basic dXNlcjpwdw=="))).toBeUndefined();
    expect(bearerToken(req())).toBeUndefined();
  });
});

describe("tokenActor", () => {
  it("resolves a valid token to an actor of kind token in its own building, with its role", async () => {
    const { token, secret } = await seedToken(b, { role: "manager", name: "PMS sync" });
    expect(await tokenActor(secret)).toEqual({
      kind: "token",
      id: token.id,
      role: "manager",
      buildingId: b,
      unitIds: [],
      name: "PMS sync",
    });
  });

  it("stores only the SHA-256 of the token, never the token itself", async () => {
    const { token, secret } = await seedToken(b);
    const item = await getRecord<Record<string, unknown>>(keys.apiToken(b, token.id));
    expect(JSON.stringify(item)).not.toContain(secret);
    expect(item?.tokenHash).toBe(hashToken(secret));
    const lookup = await getRecord(keys.apiTokenLookup(hashToken(secret)));
    expect(JSON.stringify(lookup)).not.toContain(secret);
    expect(await getRecord(keys.apiTokenLookup(secret))).toBeUndefined();
  });

  it("refuses unknown, empty, revoked and expired tokens with one 401 message", async () => {
    await rejects401(tokenActor("bos_not-a-real-token"));
    await rejects401(tokenActor(""));
    const revoked = await seedToken(b);
    await revokeApiToken({ buildingId: b, tokenId: revoked.token.id });
    await rejects401(tokenActor(revoked.secret));
    const expired = await seedToken(b, { expiresAt: new Date(Date.now() - 1000).toISOString() });
    await rejects401(tokenActor(expired.secret));
    const messages = await Promise.all(
      ["bos_unknown", revoked.secret, expired.secret].map((s) =>
        tokenActor(s).catch((e: Error) => e.message),
      ),
    );
    expect(new Set(messages).size).toBe(1);
  });

  it("accepts a token until the moment it expires", async () => {
    const at = new Date();
    const { secret } = await seedToken(b, { expiresAt: new Date(at.getTime() + 60_000).toISOString() });
    await expect(tokenActor(secret, at)).resolves.toMatchObject({ kind: "token" });
    await rejects401(tokenActor(secret, new Date(at.getTime() + 60_000)));
  });

  it("keeps a token in its building: the actor never names another one", async () => {
    const { secret } = await seedToken(other);
    expect((await tokenActor(secret)).buildingId).toBe(other);
  });

  it("refuses every token of a building whose apiTokens switch is off", async () => {
    const { secret } = await seedToken(off, { role: "manager" });
    await expect(tokenActor(secret)).rejects.toMatchObject({
      code: "unauthenticated",
      message: expect.stringMatching(/switched off/),
    });
  });

  it("records lastUsedAt at most once a minute, without attempting a write in between", async () => {
    const { token, secret } = await seedToken(b);
    const touch = vi.mocked(touchApiToken);
    const t0 = new Date();
    const writes = () => touch.mock.calls.filter(([a]) => a.tokenId === token.id).length;

    await tokenActor(secret, t0);
    expect(writes()).toBe(1);
    const stored = await findApiTokenByHash({ tokenHash: token.tokenHash });
    expect(stored?.lastUsedAt).toBe(t0.toISOString());

    await tokenActor(secret, new Date(t0.getTime() + 5_000));
    await tokenActor(secret, new Date(t0.getTime() + 59_000));
    expect(writes()).toBe(1);

    const t1 = new Date(t0.getTime() + 61_000);
    await tokenActor(secret, t1);
    expect(writes()).toBe(2);
    expect((await findApiTokenByHash({ tokenHash: token.tokenHash, now: t1 }))?.lastUsedAt).toBe(
      t1.toISOString(),
    );
  });

  it("skips the write when another instance touched the token less than a minute ago", async () => {
    const recent = new Date(Date.now() - 10_000).toISOString();
    const { token, secret } = await seedToken(b, { lastUsedAt: recent });
    await tokenActor(secret);
    expect(vi.mocked(touchApiToken).mock.calls.some(([a]) => a.tokenId === token.id)).toBe(false);
  });

  it("stops working once the manager who issued it is disabled or no longer a manager", async () => {
    const issuer = await createUser({ user: makeUser(b, { role: "manager" }) });
    const { secret } = await seedToken(b, { createdBy: issuer.id, role: "manager" });
    const t0 = new Date();
    await expect(tokenActor(secret, t0)).resolves.toMatchObject({ kind: "token" });
    await updateUser({ buildingId: b, userId: issuer.id, patch: { status: "disabled" } });
    // the issuer is re-read at most every 30 s per instance
    await rejects401(tokenActor(secret, new Date(t0.getTime() + 31_000)));

    const demoted = await createUser({ user: makeUser(b, { role: "staff" }) });
    await rejects401(tokenActor((await seedToken(b, { createdBy: demoted.id })).secret));
    await rejects401(tokenActor((await seedToken(b, { createdBy: "usr_gone" })).secret));
  });
});
