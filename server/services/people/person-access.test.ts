import { describe, expect, it } from "vitest";
import type { UserRecord } from "@/lib/domain/user";
import { seedBuilding, seedUnit } from "@/test/api-fixtures";
import { makeUser, newBuildingId } from "@/test/fixtures";
import { getUnit } from "../../db/units";
import { createUser, getUser, listUsersByRole } from "../../db/users";
import { actorOf } from "../shared/test-fixtures";
import { inviteUser } from "./invite-user";
import { updatePerson } from "./update-person";

/** The person's units and the units' residents move together; the last active manager stays, even under races. */
const person = (buildingId: string, over: Partial<UserRecord>) =>
  createUser({ user: makeUser(buildingId, over) });

describe("assigning a person's units", () => {
  it("adds them to the new unit's residents and removes them from the old one, in one write", async () => {
    const b = newBuildingId();
    await seedBuilding(b);
    const [u1, u2, u3] = await Promise.all([seedUnit(b, "101"), seedUnit(b, "102"), seedUnit(b, "103")]);
    const manager = actorOf(await person(b, { role: "manager" }));
    const rita = await person(b, { role: "resident", unitIds: [] });
    const residentsOf = async (unitId: string) => (await getUnit({ buildingId: b, unitId })).residentIds;

    await updatePerson(manager, rita.id, { unitIds: [u1.id] });
    expect(await residentsOf(u1.id)).toEqual([rita.id]);

    await updatePerson(manager, rita.id, { unitIds: [u2.id, u3.id] });
    expect((await getUser({ buildingId: b, userId: rita.id })).unitIds).toEqual([u2.id, u3.id]);
    expect(await residentsOf(u1.id)).toEqual([]);
    expect(await residentsOf(u2.id)).toEqual([rita.id]);
    expect(await residentsOf(u3.id)).toEqual([rita.id]);

    // another resident joining u2 keeps Rita there
    const sam = await person(b, { role: "resident", unitIds: [] });
    await updatePerson(manager, sam.id, { unitIds: [u2.id] });
    expect(await residentsOf(u2.id)).toEqual([rita.id, sam.id]);

    // becoming staff leaves every unit
    await updatePerson(manager, rita.id, { role: "staff" });
    expect((await getUser({ buildingId: b, userId: rita.id })).unitIds).toEqual([]);
    expect(await residentsOf(u2.id)).toEqual([sam.id]);
    expect(await residentsOf(u3.id)).toEqual([]);
  });

  it("an invited resident is listed among the unit's residents with the account, in one transaction", async () => {
    const b = newBuildingId();
    await seedBuilding(b);
    const unit = await seedUnit(b, "301");
    const manager = actorOf(await person(b, { role: "manager" }));
    const email = `inv${Date.now()}@test.example`;
    const invited = await inviteUser(manager, { email, role: "resident", unitIds: [unit.id] });
    expect((await getUnit({ buildingId: b, unitId: unit.id })).residentIds).toEqual([invited.id]);
    // the email is taken now: a second invitation writes nothing, the unit included
    await expect(inviteUser(manager, { email, role: "resident", unitIds: [unit.id] })).rejects.toMatchObject({
      code: "conflict",
    });
    expect((await getUnit({ buildingId: b, unitId: unit.id })).residentIds).toEqual([invited.id]);
  });

  it("concurrent assignments to one unit both land (the loser of a race is refused, never lost)", async () => {
    const b = newBuildingId();
    await seedBuilding(b);
    const unit = await seedUnit(b, "201");
    const manager = actorOf(await person(b, { role: "manager" }));
    const people = await Promise.all([1, 2, 3].map(() => person(b, { role: "resident", unitIds: [] })));
    const results = await Promise.allSettled(
      people.map((p) => updatePerson(manager, p.id, { unitIds: [unit.id] })),
    );
    const joined = people.filter((_, i) => results[i].status === "fulfilled").map((p) => p.id);
    for (const r of results) {
      if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "conflict" });
    }
    const residents = (await getUnit({ buildingId: b, unitId: unit.id })).residentIds;
    expect([...residents].sort()).toEqual([...joined].sort());
    for (const p of people) {
      const u = await getUser({ buildingId: b, userId: p.id });
      expect(u.unitIds.includes(unit.id)).toBe(joined.includes(p.id));
    }
  });
});

describe("the last active manager", () => {
  it("two managers demoting each other at once: exactly one is refused, one manager stays", async () => {
    for (let round = 0; round < 5; round++) {
      const b = newBuildingId();
      await seedBuilding(b);
      const [ann, ben] = await Promise.all([
        person(b, { role: "manager", name: "Ann" }),
        person(b, { role: "manager", name: "Ben" }),
      ]);
      const results = await Promise.allSettled([
        updatePerson(actorOf(ann), ben.id, { role: "staff" }),
        updatePerson(actorOf(ben), ann.id, { role: "staff" }),
      ]);
      const refused = results.filter((r) => r.status === "rejected");
      expect(refused).toHaveLength(1);
      expect((refused[0] as PromiseRejectedResult).reason).toMatchObject({
        code: "conflict",
        details: { reason: "last_manager" },
      });
      const managers = await Promise.all([ann, ben].map((u) => getUser({ buildingId: b, userId: u.id })));
      expect(managers.filter((m) => m.role === "manager" && m.status === "active")).toHaveLength(1);
    }
  });

  it("a demotion and a disabling at once, with a third manager, both pass by naming that one", async () => {
    const b = newBuildingId();
    await seedBuilding(b);
    const [ann, ben, cy] = await Promise.all(
      ["Ann", "Ben", "Cy"].map((name) => person(b, { role: "manager", name })),
    );
    const results = await Promise.allSettled([
      updatePerson(actorOf(cy), ann.id, { role: "staff" }),
      updatePerson(actorOf(cy), ben.id, { status: "disabled" }),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
    const left = await listUsersByRole({ buildingId: b, role: "manager", status: "active" });
    expect(left.items.map((u) => u.id)).toEqual([cy.id]);
    await expect(updatePerson(actorOf(cy), cy.id, { role: "staff" })).rejects.toMatchObject({
      details: { reason: "last_manager" },
    });
  });
});
