import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { makeUser, newBuildingId } from "@/test/fixtures";
import { acceptInvitation, findInvitationByTokenHash } from "./invitations";
import {
  changeUserEmail,
  createUser,
  findUserByEmail,
  findUserCredentialsByEmail,
  getUser,
  listUsers,
  listUsersByRole,
  updateUser,
} from "./users";

const b = newBuildingId();

describe("users", () => {
  it("creates a user and finds it by email, without the hash except for the auth lookup", async () => {
    const u = makeUser(b, { email: `Ann.${b}@Test.Example` });
    const created = await createUser({ user: u });
    expect(created).not.toHaveProperty("passwordHash");
    expect(created.email).toBe(`ann.${b}@test.example`);
    const found = await findUserByEmail({ email: `ANN.${b}@test.example` });
    expect(found?.id).toBe(u.id);
    expect(found).not.toHaveProperty("passwordHash");
    expect(found).not.toHaveProperty("pk");
    const creds = await findUserCredentialsByEmail({ email: created.email });
    expect(creds?.passwordHash).toBe("scrypt$test");
    expect(await findUserCredentialsByEmail({ email: "nobody@test.example" })).toBeNull();
    expect((await getUser({ buildingId: b, userId: u.id })).name).toBe(u.name);
  });

  it("refuses a second account with the same email and names it", async () => {
    const email = `dup.${b}@test.example`;
    await createUser({ user: makeUser(b, { email }) });
    const err = await createUser({ user: makeUser(newBuildingId(), { email: email.toUpperCase() }) }).catch(
      (e) => e,
    );
    expect(err).toBeInstanceOf(AppError);
    expect(err.code).toBe("conflict");
    expect(err.message).toContain(email);
  });

  it("lets exactly one of two concurrent sign-ups with the same email win", async () => {
    const email = `race.${b}@test.example`;
    const results = await Promise.allSettled([
      createUser({ user: makeUser(b, { email }) }),
      createUser({ user: makeUser(b, { email }) }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason.code).toBe("conflict");
    const all = await listUsers({ buildingId: b, limit: 200 });
    expect(all.items.filter((u) => u.email === email)).toHaveLength(1);
  });

  it("lists by role and keeps the role index in step with updates", async () => {
    const bb = newBuildingId();
    const u = await createUser({ user: makeUser(bb, { role: "resident", name: "Zed" }) });
    await createUser({ user: makeUser(bb, { role: "staff", name: "Amy" }) });
    expect((await listUsersByRole({ buildingId: bb, role: "resident" })).items.map((x) => x.id)).toEqual([
      u.id,
    ]);
    const updated = await updateUser({
      buildingId: bb,
      userId: u.id,
      patch: { role: "staff", unitIds: ["unit_1"] },
    });
    expect(updated.role).toBe("staff");
    expect(updated).not.toHaveProperty("gsi1pk");
    expect((await listUsersByRole({ buildingId: bb, role: "resident" })).items).toHaveLength(0);
    const staff = await listUsersByRole({ buildingId: bb, role: "staff" });
    expect(staff.items.map((x) => x.name)).toEqual(["Amy", "Zed"]);
  });

  it("moves the email lock when the email changes", async () => {
    const u = await createUser({ user: makeUser(b, { email: `old.${b}@test.example` }) });
    const taken = await createUser({ user: makeUser(b, { email: `taken.${b}@test.example` }) });
    await expect(changeUserEmail({ buildingId: b, userId: u.id, email: taken.email })).rejects.toMatchObject({
      code: "conflict",
    });
    await changeUserEmail({ buildingId: b, userId: u.id, email: `new.${b}@test.example` });
    expect(await findUserByEmail({ email: `old.${b}@test.example` })).toBeNull();
    expect((await findUserByEmail({ email: `new.${b}@test.example` }))?.id).toBe(u.id);
  });

  it("accepts an invitation exactly once", async () => {
    const tokenHash = `hash-${b}-invite-0001`;
    const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
    const u = await createUser({
      user: makeUser(b, { status: "invited", passwordHash: null }),
      invitation: { tokenHash, expiresAt },
    });
    expect((await findInvitationByTokenHash({ tokenHash }))?.user.id).toBe(u.id);
    const results = await Promise.allSettled([
      acceptInvitation({ tokenHash, passwordHash: "scrypt$a" }),
      acceptInvitation({ tokenHash, passwordHash: "scrypt$b" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((await getUser({ buildingId: b, userId: u.id })).status).toBe("active");
    expect(await findInvitationByTokenHash({ tokenHash })).toBeNull();
  });
});
