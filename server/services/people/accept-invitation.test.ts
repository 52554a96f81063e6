import { describe, expect, it } from "vitest";
import { scryptLoad } from "../../auth/password";
import { acceptInvitationWithToken } from "./accept-invitation";

describe("accepting an invitation", () => {
  it("looks the token up before hashing: an unknown token costs no scrypt", async () => {
    const before = scryptLoad().started;
    await expect(
      acceptInvitationWithToken({ token: "x".repeat(43), name: "Mallory", password: "correct horse 1" }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect(scryptLoad().started).toBe(before);
  });
});
