import { describe, expect, it } from "vitest";
import { DEFAULT_API_TOKEN_DAYS } from "@/lib/domain/api-token";
import type { Actor } from "@/lib/roles";
import { seedBuilding, userActor } from "@/test/api-fixtures";
import { makeUser, newBuildingId } from "@/test/fixtures";
import { tokenActor } from "../../auth/token-actor";
import { findApiTokenByHash } from "../../db/api-tokens";
import { listAuditEventsByTarget } from "../../db/audit-events";
import { hashToken } from "../../db/token-hash";
import { createUser } from "../../db/users";
import { issueApiToken } from "./issue-api-token";

const b = newBuildingId();
const off = newBuildingId();
await Promise.all([seedBuilding(b), seedBuilding(off, { apiTokens: false })]);
/** A manager with a user record: a token works only while its issuer is an active manager. */
const realManager = async (): Promise<Actor> => {
  const u = await createUser({ user: makeUser(b, { role: "manager" }) });
  return { ...userActor(b, "manager"), id: u.id };
};

describe("issueApiToken", () => {
  it("returns the plaintext once, stores its hash, and the token works at once", async () => {
    const manager = await realManager();
    const now = new Date();
    const { token, secret } = await issueApiToken(manager, { name: "Channel manager", role: "staff" }, now);
    expect(secret).toMatch(/^bos_[A-Za-z0-9_-]{43}$/);
    expect(token).not.toHaveProperty("tokenHash");
    expect(JSON.stringify(token)).not.toContain(secret.slice(10));
    expect(secret.startsWith(token.prefix)).toBe(true);
    // no expiry asked for: the default of 90 days, never "for ever"
    expect(token).toMatchObject({
      buildingId: b,
      role: "staff",
      createdBy: manager.id,
      expiresAt: new Date(now.getTime() + DEFAULT_API_TOKEN_DAYS * 86_400_000).toISOString(),
    });
    expect(DEFAULT_API_TOKEN_DAYS).toBe(90);
    expect((await findApiTokenByHash({ tokenHash: hashToken(secret) }))?.id).toBe(token.id);
    await expect(tokenActor(secret)).resolves.toMatchObject({ id: token.id, buildingId: b, role: "staff" });
  });

  it("sets the expiry from expiresInDays and audits the issue without the secret", async () => {
    const now = new Date("2026-03-01T10:00:00.000Z");
    const { token, secret } = await issueApiToken(
      userActor(b),
      { name: "Short", role: "manager", expiresInDays: 7 },
      now,
    );
    expect(token.expiresAt).toBe("2026-03-08T10:00:00.000Z");
    const audit = await listAuditEventsByTarget({
      buildingId: b,
      targetType: "api_token",
      targetId: token.id,
    });
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0]).toMatchObject({ action: "apiToken.create", result: "success" });
    expect(JSON.stringify(audit.items[0])).not.toContain(secret);
  });

  it("is for managers only: staff and tokens (even manager tokens) cannot issue tokens", async () => {
    await expect(issueApiToken(userActor(b, "staff"), { name: "x", role: "staff" })).rejects.toMatchObject({
      code: "forbidden",
    });
    const { secret } = await issueApiToken(await realManager(), { name: "Manager token", role: "manager" });
    const asToken = await tokenActor(secret);
    await expect(issueApiToken(asToken, { name: "y", role: "manager" })).rejects.toMatchObject({
      code: "forbidden",
    });
  });

  it("refuses while the building has API tokens switched off", async () => {
    await expect(issueApiToken(userActor(off), { name: "x", role: "staff" })).rejects.toMatchObject({
      code: "forbidden",
    });
  });
});
