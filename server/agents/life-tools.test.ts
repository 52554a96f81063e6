import type { ToolExecutionOptions } from "ai";
import { describe, expect, it } from "vitest";
import { addDays, instantAt, todayIn } from "@/lib/domain/stay-dates";
import { getBuilding, updateBuildingConfig } from "@/server/db/buildings";
import { createDoorGroup } from "@/server/db/door-groups";
import { listNotifications } from "@/server/db/notifications";
import { listPassesByIssuer } from "@/server/db/passes";
import { seedDevice } from "@/test/device-fixtures";
import { logPackage } from "../services/packages/log-package";
import { seedTicketBuilding } from "../services/shared/test-fixtures";
import { LIFE_TOOL, lifeTools } from "./life-tools";

/** The concierge's pass and parcel tools against DynamoDB Local, through the same services as the pages. */
const h = await seedTicketBuilding();
const TZ = "Europe/Lisbon"; // seedBuilding's zone
const myDoor = await seedDevice(h.b, { name: "101 door", unitId: h.unit1.id });
await seedDevice(h.b, { name: "102 door", unitId: h.unit2.id });
const lobby = await seedDevice(h.b, { name: "Lobby door", unitId: null });
const at = new Date().toISOString();
const entrance = await createDoorGroup({
  group: {
    id: `grp_${h.b}`,
    buildingId: h.b,
    name: "Entrances",
    deviceIds: [lobby.id],
    createdAt: at,
    updatedAt: at,
  },
});
const opts = { toolCallId: "call_test", messages: [] } as ToolExecutionOptions;
const run = (actor: typeof h.resident, name: string, input: object) => {
  const t = lifeTools(actor)[name];
  if (!t?.execute) throw new Error(`no tool ${name} for ${actor.role}`);
  return t.execute(input, opts);
};
const dayAfter = addDays(todayIn(TZ), 2);
const weekday = new Intl.DateTimeFormat("en-GB", { weekday: "long", timeZone: TZ }).format(
  instantAt(dayAfter, "12:00", TZ),
);
const passesOf = async (who: string) =>
  (await listPassesByIssuer({ buildingId: h.b, userId: who, limit: 50 })).items;

describe("the concierge issues passes within the person's rights", () => {
  it("a resident's pass for a time in words opens their own door by default, or the zones and doors they name", async () => {
    const out = await run(h.resident, LIFE_TOOL.issuePass, {
      holder: "Rosa",
      kind: "cleaner",
      at: `on ${weekday} at 9:00`,
      hours: 2,
    });
    expect(out).toMatchObject({
      status: "pass_issued",
      holder: "Rosa",
      doors: ["101 door"],
      from: instantAt(dayAfter, "09:00", TZ).toISOString(),
      until: instantAt(dayAfter, "11:00", TZ).toISOString(),
    });
    expect((out as { pin: string }).pin).toMatch(/^\d{4,10}$/);
    const named = await run(h.resident, LIFE_TOOL.issuePass, {
      holder: "Tio",
      at: `on ${weekday} at 9:00`,
      doors: ["entrances", "101"],
      days: 3,
    });
    expect(named).toMatchObject({ status: "pass_issued", doors: ["Entrances", "101 door"] });
    const stored = (await passesOf(h.resident.id)).find((p) => p.holder.name === "Tio");
    expect(stored).toMatchObject({
      doorGroupIds: [entrance.id],
      deviceIds: [myDoor.id],
      schedule: { kind: "range" },
    });
  });

  it("a neighbour's door is refused and nothing is issued; staff must name doors; guests get no pass tool", async () => {
    const before = (await passesOf(h.resident.id)).length;
    expect(
      await run(h.resident, LIFE_TOOL.issuePass, {
        holder: "X",
        at: `on ${weekday} at 9:00`,
        doors: ["102"],
      }),
    ).toMatchObject({ status: "refused" });
    expect((await passesOf(h.resident.id)).length).toBe(before);
    expect(
      await run(h.staff, LIFE_TOOL.issuePass, { holder: "Plumber", at: `on ${weekday} at 9:00` }),
    ).toMatchObject({ status: "refused" });
    const guest = { ...h.resident, kind: "guest" as const, role: "guest" as const, reservationId: "res_x" };
    expect(Object.keys(lifeTools(guest))).toEqual([]);
  });

  it("when the building requires approval the pass waits for staff, who are told", async () => {
    const building = await getBuilding({ buildingId: h.b });
    await updateBuildingConfig({
      buildingId: h.b,
      config: { ...building.config, approvals: { ...building.config.approvals, passes: true } },
    });
    try {
      const out = await run(h.resident2, LIFE_TOOL.issuePass, {
        holder: "Mum",
        kind: "household",
        at: `on ${weekday} at 10:00`,
      });
      expect(out).toMatchObject({ status: "pass_pending_approval", doors: ["102 door"] });
      const [pass] = await passesOf(h.resident2.id);
      const notices = await listNotifications({ buildingId: h.b, userId: h.staff.id });
      expect(notices.items.some((n) => n.kind === "pass" && n.href === `/staff/passes/${pass?.id}`)).toBe(
        true,
      );
    } finally {
      await updateBuildingConfig({ buildingId: h.b, config: building.config });
    }
  });
});

describe("is there a parcel for me?", () => {
  it("answers from the person's own waiting parcels only, with their pickup PIN", async () => {
    await logPackage(h.staff, { unitId: h.unit1.id, carrier: "UPS", shelf: "B2" });
    expect(await run(h.resident, LIFE_TOOL.myParcels, {})).toMatchObject({
      status: "parcels",
      count: 1,
      parcels: [{ carrier: "UPS", shelf: "B2", pickupPin: expect.stringMatching(/^\d{6}$/) }],
    });
    expect(await run(h.resident2, LIFE_TOOL.myParcels, {})).toMatchObject({ status: "parcels", count: 0 });
    expect(Object.keys(lifeTools(h.staff))).toEqual([LIFE_TOOL.issuePass]);
  });
});
