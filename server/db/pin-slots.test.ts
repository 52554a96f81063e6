import { describe, expect, it } from "vitest";
import { newBuildingId } from "@/test/fixtures";
import { allocatePinSlot, findPinSlot, freePinSlot, listPinSlots } from "./pin-slots";

const b = newBuildingId();

describe("PIN slots of a lock (DynamoDB Local)", () => {
  it("gives racing codes distinct slots, refuses past the last one, and reuses a freed slot", async () => {
    const d = { buildingId: b, deviceId: "dev_race" };
    const codes = Array.from({ length: 8 }, (_, i) => `code_${i}`);
    const got = await Promise.allSettled(codes.map((codeId) => allocatePinSlot({ ...d, codeId, last: 5 })));
    const slots = got.flatMap((g) => (g.status === "fulfilled" ? [g.value] : []));
    expect(slots.sort()).toEqual([1, 2, 3, 4, 5]); // five slots, never one twice
    const refused = got.filter((g) => g.status === "rejected");
    expect(refused).toHaveLength(3);
    expect(refused[0]).toMatchObject({ reason: { code: "conflict", details: { reason: "pin_slots_full" } } });
    const holders = await listPinSlots(d);
    expect(new Set(holders.map((h) => h.codeId)).size).toBe(5);
    const holder = holders.find((h) => h.slot === 3);
    // asking again for a code that has a slot gives the same slot
    expect(await allocatePinSlot({ ...d, codeId: holder?.codeId as string, last: 5 })).toBe(3);
    expect(await freePinSlot({ ...d, codeId: holder?.codeId as string })).toBe(true);
    expect(await findPinSlot({ ...d, slot: 3 })).toBeNull();
    expect(await allocatePinSlot({ ...d, codeId: "code_new", last: 5 })).toBe(3);
    expect(await findPinSlot({ ...d, slot: 3 })).toMatchObject({ codeId: "code_new" });
  });
});
