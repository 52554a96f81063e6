import { describe, expect, it } from "vitest";
import { seedBuilding, userActor } from "@/test/api-fixtures";
import { newBuildingId } from "@/test/fixtures";
import { tokenActor } from "../auth/token-actor";
import { getApiTokenByHash } from "../db/api-tokens";
import { listAuditEventsByTarget } from "../db/audit-events";
import { hashToken } from "../db/token-hash";
import { issueApiToken } from "./issue-api-token";

const b = newBuildingId();
const off = newBuildingId();
await Promise.all([seedBuilding(b), seedBuilding(off, { apiTokens: false })]);

describe("issueApiToken", () => {
  it("returns the plaintext once, stores its hash, and the token works at once", async () => {
    const manager = userActor(b, "manager");
    const { token, secret } = await issueApiToken(manager, { name: "Channel manager", role: "staff" });
    expect(secret).toMatch(/^bos_[A-Za-z0-9_-]{43}$/);
    expect(token).not.toHaveProperty("tokenHash");
    expect(JSON.stringify(token)).not.toContain(secret.slice(10));
    expect(secret.startsWith(token.prefix)).toBe(true);
    expect(token).toMatchObject({ buildingId: b, role: "staff", createdBy: manager.id, expiresAt: null });
    expect((await getApiTokenByHash({ tokenHash: hashToken(secret) }))?.id).toBe(token.id);
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
    const { secret } = await issueApiToken(userActor(b), { name: "Manager token", role: "manager" });
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
