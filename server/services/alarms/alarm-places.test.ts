import { describe, expect, it } from "vitest";
import type { AlarmDTO } from "@/lib/domain/alarm";
import { seedBuilding, seedUnit, userActor } from "@/test/api-fixtures";
import { seedDevice } from "@/test/device-fixtures";
import { newBuildingId } from "@/test/fixtures";
import { getAlarmPlacesFor } from "./alarm-places";

describe("alarm names for the staff home (issue 19)", () => {
  it("names only the given alarms' devices and units, and reads nothing when there is none", async () => {
    const b = newBuildingId();
    await seedBuilding(b);
    const unit = await seedUnit(b, "204");
    await seedUnit(b, "205");
    const shown = await seedDevice(b, { unitId: unit.id, name: "204 door" });
    await seedDevice(b, { name: "Garage gate" });
    const staff = userActor(b, "staff");
    const alarm = { deviceId: shown.id, unitId: unit.id } as AlarmDTO;
    expect(await getAlarmPlacesFor(staff, [alarm])).toEqual({
      devices: { [shown.id]: "204 door" },
      units: { [unit.id]: "204" },
    });
    expect(await getAlarmPlacesFor(staff, [])).toEqual({ devices: {}, units: {} });
  });
});
