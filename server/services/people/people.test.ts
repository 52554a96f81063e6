import { describe, expect, it } from "vitest";
import type { UserRecord } from "@/lib/domain/user";
import type { Actor } from "@/lib/roles";
import { seedBuilding, seedUnit, userActor } from "@/test/api-fixtures";
import { makeUser, newBuildingId } from "@/test/fixtures";
import { sessionUserActor } from "../../auth/session-user";
import { listAuditEventsByTarget } from "../../db/audit-events";
import { listOutboxEmails } from "../../db/outbox";
import { createUser, getUser } from "../../db/users";
import { actorOf } from "../shared/test-fixtures";
import { acceptInvitationWithToken } from "./accept-invitation";
import { findInvitation } from "./find-invitation";
import { getPerson } from "./get-person";
import { inviteUser } from "./invite-user";
import { listUsers } from "./list-users";
import { resendInvitation } from "./resend-invitation";
import { updatePerson } from "./update-person";

const b = newBuildingId();
const other = newBuildingId();
await Promise.all([seedBuilding(b), seedBuilding(other)]);
const unit = await seedUnit(b, "101");
const otherUnit = await seedUnit(other, "201");
const person = (buildingId: string, over: Partial<UserRecord>) =>
  createUser({ user: makeUser(buildingId, over) });
const manager = actorOf(await person(b, { role: "manager" }));
const otherManager = actorOf(await person(other, { role: "manager" }));

/** The invitation link of the newest email to `to` in the building's outbox (the only place it exists). */
async function linkTokenFor(buildingId: string, to: string): Promise<string> {
  const mails = await listOutboxEmails({ buildingId, limit: 50 });
  const mail = mails.items.find((m) => m.to === to && m.kind === "invitation");
  const token = /\/invite\/([A-Za-z0-9_-]+)/.exec(mail?.fullText ?? "")?.[1];
  if (!token) throw new Error(`no invitation email to ${to}`);
  return token;
}
const email = () => `p${Math.random().toString(36).slice(2, 10)}@test.example`;

describe("inviting and accepting", () => {
  it("invites a resident with a unit, emails a 7-day link, and the invitee activates the account once", async () => {
    const to = email();
    const u = await inviteUser(manager, { email: to, name: "Rita", role: "resident", unitIds: [unit.id] });
    expect(u).toMatchObject({ status: "invited", role: "resident", unitIds: [unit.id], buildingId: b });
    expect(u).not.toHaveProperty("passwordHash");
    const token = await linkTokenFor(b, to);
    const view = await findInvitation(token);
    expect(view).toMatchObject({ email: to, role: "resident" });
    const in8Days = new Date(Date.now() + 8 * 86_400_000);
    expect(await findInvitation(token, in8Days)).toBeNull();
    await acceptInvitationWithToken({ token, name: "Rita Resident", password: "correct horse 1" });
    const stored = await getUser({ buildingId: b, userId: u.id });
    expect(stored).toMatchObject({ status: "active", name: "Rita Resident" });
    await expect(sessionUserActor({ buildingId: b, userId: u.id })).resolves.toMatchObject({
      role: "resident",
      unitIds: [unit.id],
    });
    // used once: a second accept (another tab, a forwarded link) is refused
    await expect(
      acceptInvitationWithToken({ token, name: "Mallory", password: "another pass 2" }),
    ).rejects.toMatchObject({ code: "not_found" });
    const audit = await listAuditEventsByTarget({ buildingId: b, targetType: "user", targetId: u.id });
    expect(audit.items.map((e) => e.action).sort()).toEqual(["user.invite", "user.invite.accept"]);
  });

  it("refuses an expired invitation", async () => {
    const to = email();
    await inviteUser(manager, { email: to, role: "staff", unitIds: [] });
    const token = await linkTokenFor(b, to);
    // eight days later (the outbox keeps no copy of a link that has already expired, so it is read before)
    const late = new Date(Date.now() + 8 * 86_400_000);
    await expect(
      acceptInvitationWithToken({ token, name: "Late", password: "correct horse 1" }, late),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("re-sending issues a new link and the old one stops working", async () => {
    const to = email();
    const u = await inviteUser(manager, { email: to, role: "staff", unitIds: [] });
    const first = await linkTokenFor(b, to);
    await resendInvitation(manager, u.id);
    const second = await linkTokenFor(b, to);
    expect(second).not.toBe(first);
    expect(await findInvitation(first)).toBeNull();
    await expect(
      acceptInvitationWithToken({ token: first, name: "Old", password: "correct horse 1" }),
    ).rejects.toMatchObject({ code: "not_found" });
    await acceptInvitationWithToken({ token: second, name: "New", password: "correct horse 1" });
    await expect(resendInvitation(manager, u.id)).rejects.toMatchObject({ code: "conflict" });
  });

  it("names a taken email and an unknown unit as field errors, and writes nothing", async () => {
    const to = email();
    await inviteUser(manager, { email: to, role: "staff", unitIds: [] });
    await expect(inviteUser(manager, { email: to, role: "staff", unitIds: [] })).rejects.toMatchObject({
      code: "conflict",
      fields: { email: expect.any(Array) },
    });
    const to2 = email();
    await expect(
      inviteUser(manager, { email: to2, role: "resident", unitIds: [otherUnit.id] }),
    ).rejects.toMatchObject({ code: "validation", fields: { unitIds: expect.any(Array) } });
    const all = await listUsers(manager, { limit: 200 });
    expect(all.items.some((p) => p.email === to2)).toBe(false);
  });
});

describe("changing access", () => {
  it("disabling someone ends their session at the next request; enabling restores it", async () => {
    const staff = await person(b, { role: "staff" });
    expect(await sessionUserActor({ buildingId: b, userId: staff.id })).not.toBeNull();
    const off = await updatePerson(manager, staff.id, { status: "disabled" });
    expect(off.status).toBe("disabled");
    expect(await sessionUserActor({ buildingId: b, userId: staff.id })).toBeNull();
    await updatePerson(manager, staff.id, { status: "active" });
    expect(await sessionUserActor({ buildingId: b, userId: staff.id })).not.toBeNull();
    const audit = await listAuditEventsByTarget({ buildingId: b, targetType: "user", targetId: staff.id });
    expect(audit.items.map((e) => e.action)).toEqual(["user.enable", "user.disable"]);
    expect(audit.items[1]?.details).toMatchObject({
      before: { status: "active" },
      after: { status: "disabled" },
    });
  });

  it("changes a role and assigns units, with the new role effective on the next request", async () => {
    const r = await person(b, { role: "staff" });
    await updatePerson(manager, r.id, { role: "resident", unitIds: [unit.id] });
    await expect(sessionUserActor({ buildingId: b, userId: r.id })).resolves.toMatchObject({
      role: "resident",
      unitIds: [unit.id],
    });
    await expect(updatePerson(manager, r.id, { role: "staff", unitIds: [unit.id] })).rejects.toMatchObject({
      code: "validation",
    });
  });

  it("a manager cannot disable themselves nor demote or disable the last manager", async () => {
    const lone = newBuildingId();
    await seedBuilding(lone);
    const only = actorOf(await person(lone, { role: "manager" }));
    await expect(updatePerson(only, only.id, { status: "disabled" })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(updatePerson(only, only.id, { role: "staff" })).rejects.toMatchObject({ code: "conflict" });
    const second = await person(lone, { role: "manager" });
    await updatePerson(only, second.id, { role: "staff" });
    await expect(updatePerson(only, only.id, { role: "resident" })).rejects.toMatchObject({
      code: "conflict",
    });
    // with a second manager again, stepping down is allowed
    await updatePerson(only, second.id, { role: "manager" });
    await expect(updatePerson(only, only.id, { role: "staff" })).resolves.toMatchObject({ role: "staff" });
  });

  it("filters the list by role and status", async () => {
    const d = await person(b, { role: "resident", status: "disabled" });
    const residents = await listUsers(manager, { role: "resident", limit: 200 });
    expect(residents.items.every((p) => p.role === "resident")).toBe(true);
    const disabled = await listUsers(manager, { status: "disabled", limit: 200 });
    expect(disabled.items.map((p) => p.id)).toContain(d.id);
    expect(disabled.items.every((p) => p.status === "disabled")).toBe(true);
  });
});

describe("refusals", () => {
  const target = () => person(b, { role: "resident" });
  const asRole = (role: Actor["role"]): Actor => ({ ...userActor(b, role), unitIds: [unit.id] });

  for (const role of ["guest", "resident", "staff"] as const) {
    it(`${role}s are refused every people action`, async () => {
      const t = await target();
      const a = asRole(role);
      const forbidden = { code: "forbidden" };
      await expect(inviteUser(a, { email: email(), role: "staff", unitIds: [] })).rejects.toMatchObject(
        forbidden,
      );
      await expect(resendInvitation(a, t.id)).rejects.toMatchObject(forbidden);
      await expect(updatePerson(a, t.id, { role: "manager" })).rejects.toMatchObject(forbidden);
      await expect(updatePerson(a, t.id, { status: "disabled" })).rejects.toMatchObject(forbidden);
      await expect(updatePerson(a, t.id, { unitIds: [] })).rejects.toMatchObject(forbidden);
      if (role !== "staff") {
        await expect(listUsers(a, {})).rejects.toMatchObject(forbidden);
        await expect(getPerson(a, t.id)).rejects.toMatchObject(forbidden);
      }
      expect((await getUser({ buildingId: b, userId: t.id })).role).toBe("resident");
    });
  }

  it("another building's manager can neither see nor change this building's people", async () => {
    const t = await target();
    const invited = await inviteUser(manager, { email: email(), role: "staff", unitIds: [] });
    const nf = { code: "not_found" };
    await expect(getPerson(otherManager, t.id)).rejects.toMatchObject(nf);
    await expect(updatePerson(otherManager, t.id, { status: "disabled" })).rejects.toMatchObject(nf);
    await expect(updatePerson(otherManager, t.id, { role: "manager" })).rejects.toMatchObject(nf);
    await expect(resendInvitation(otherManager, invited.id)).rejects.toMatchObject(nf);
    const list = await listUsers(otherManager, { limit: 200 });
    expect(list.items.every((p) => p.buildingId === other)).toBe(true);
    await expect(
      inviteUser(otherManager, { email: email(), role: "resident", unitIds: [unit.id] }),
    ).rejects.toMatchObject({ code: "validation" });
    expect(await getUser({ buildingId: b, userId: t.id })).toMatchObject({
      status: "active",
      role: "resident",
    });
  });
});
