import { randomBytes, scryptSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashPassword, needsRehash, scryptLoad, verifyPassword } from "./password";

function hashAt(password: string, N: number, r = 8, p = 1): string {
  const salt = randomBytes(16);
  const key = scryptSync(password.normalize("NFKC"), salt, 32, { N, r, p, maxmem: 256 * N * r });
  return ["scrypt", N, r, p, salt.toString("base64url"), key.toString("base64url")].join("$");
}

describe("password hashing (scrypt)", () => {
  it("hashes at OWASP's cost (N=2^17, r=8, p=1), stored in the hash, and verifies it", async () => {
    const stored = await hashPassword("correct horse battery");
    expect(stored).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(stored).not.toContain("correct horse");
    expect(await verifyPassword("correct horse battery", stored)).toBe(true);
    expect(await verifyPassword("correct horse batterY", stored)).toBe(false);
    expect(needsRehash(stored)).toBe(false);
  });

  it("still verifies a hash made at the old cost (N=2^15), and marks it for re-hashing", async () => {
    const old = hashAt("correct horse battery", 2 ** 15);
    expect(await verifyPassword("correct horse battery", old)).toBe(true);
    expect(await verifyPassword("wrong", old)).toBe(false);
    expect(needsRehash(old)).toBe(true);
  });

  it("salts every hash", async () => {
    expect(await hashPassword("same")).not.toBe(await hashPassword("same"));
  });

  it("refuses malformed stored values and absurd costs instead of throwing or running them", async () => {
    expect(await verifyPassword("x", "plain-text")).toBe(false);
    expect(await verifyPassword("x", "bcrypt$1$2$3$4$5")).toBe(false);
    expect(await verifyPassword("x", "scrypt$4194304$8$1$c2FsdA$aGFzaA")).toBe(false); // N=2^22
    expect(await verifyPassword("x", "scrypt$1000$8$1$c2FsdA$aGFzaA")).toBe(false); // not a power of 2
  });

  it("runs at most 2 hashes at once with 8 waiting; more get a quick 503 instead of queuing in libuv", async () => {
    const cheap = hashAt("pw", 2 ** 10);
    const startedBefore = scryptLoad().started;
    const out = await Promise.allSettled(Array.from({ length: 13 }, () => verifyPassword("pw", cheap)));
    const refused = out.filter((o) => o.status === "rejected");
    expect(refused).toHaveLength(3);
    expect((refused[0] as PromiseRejectedResult).reason).toMatchObject({ code: "unavailable" });
    expect(out.filter((o) => o.status === "fulfilled" && o.value === true)).toHaveLength(10);
    expect(scryptLoad()).toMatchObject({ running: 0, waiting: 0, started: startedBefore + 10 });
  });
});
