import { describe, expect, it } from "vitest";
import { createUser } from "@/server/db/users";
import { seedDevice } from "@/test/device-fixtures";
import { makeUser } from "@/test/fixtures";
import { actorOf, seedTicketBuilding } from "../shared/test-fixtures";
import { clearFromDevice } from "./clear-from-device";
import { listAlarms } from "./list-alarms";
import { raiseAlarm } from "./raise-alarm";

/** A resident's alarm list pages with a cursor across their units, one status at a time (DynamoDB Local). */
describe("a resident's alarms", () => {
  it("come page by page across both units, each once, only the status asked for", async () => {
    const h = await seedTicketBuilding();
    const owner = actorOf(
      await createUser({ user: makeUser(h.b, { role: "resident", unitIds: [h.unit1.id, h.unit2.id] }) }),
    );
    const raise = async (unitId: string, name: string) => {
      const device = await seedDevice(h.b, { type: "sensor", unitId, name });
      await raiseAlarm({
        device,
        cause: "battery_low",
        at: new Date().toISOString(),
        eventId: name,
        value: 5,
      });
      return device;
    };
    for (const n of ["a", "b", "c"]) await raise(h.unit1.id, `u1-${n}`);
    for (const n of ["d", "e"]) await raise(h.unit2.id, `u2-${n}`);
    const gone = await raise(h.unit1.id, "u1-cleared");
    await clearFromDevice(gone, "battery_low", new Date().toISOString());
    await raise(null as unknown as string, "lobby"); // a common-area alarm: not theirs

    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listAlarms(owner, { status: "active", limit: 2, cursor });
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((a) => a.id));
      cursor = page.cursor ?? undefined;
      pages++;
    } while (cursor && pages < 10);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);

    const cleared = await listAlarms(owner, { status: "cleared", limit: 10 });
    expect(cleared.items.map((a) => a.deviceId)).toEqual([gone.id]);
    // the single-unit resident sees only unit 101's
    expect((await listAlarms(h.resident, { status: "active", limit: 50 })).items).toHaveLength(3);
    await expect(
      listAlarms(owner, { status: "active", limit: 2, cursor: "forged.cursor" }),
    ).rejects.toMatchObject({
      code: "bad_request",
    });
  });
});
