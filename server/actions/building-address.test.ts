import { describe, expect, it, vi } from "vitest";
import { auth } from "@/server/auth/auth";
import { listAuditEventsByTarget } from "@/server/db/audit-events";
import { getBuilding } from "@/server/db/buildings";
import { seedTicketBuilding } from "@/server/services/shared/test-fixtures";
import { updateBuildingDetailsAction } from "./update-building-details";

/** The settings page's address section, as the browser sends it (the whole address), through the real action. */
vi.mock("@/server/auth/auth", () => ({ auth: vi.fn(async () => null) }));
const signInAs = (user: { id: string; buildingId: string }) =>
  vi.mocked(auth as unknown as () => Promise<unknown>).mockResolvedValue({ user, expires: "" });

const s = await seedTicketBuilding();
const other = await seedTicketBuilding();
const address = {
  line1: "12 Quay Street",
  line2: "",
  city: "Porto",
  region: "",
  postalCode: "4050-123",
  country: "pt",
};

describe("the building's address", () => {
  it("is saved (country upper-cased) and audited with before and after", async () => {
    signInAs(s.manager);
    const before = (await getBuilding({ buildingId: s.b })).address;
    const result = await updateBuildingDetailsAction({ address });
    expect(result.ok).toBe(true);
    const saved = (await getBuilding({ buildingId: s.b })).address;
    expect(saved).toMatchObject({
      line1: "12 Quay Street",
      city: "Porto",
      postalCode: "4050-123",
      country: "PT",
    });
    const audit = await listAuditEventsByTarget({ buildingId: s.b, targetType: "building" });
    const event = audit.items.find((x) => x.action === "building.update");
    expect(event?.details).toMatchObject({ before: { address: before }, after: { address: saved } });
  });

  it("names each bad field and writes nothing", async () => {
    signInAs(s.manager);
    const before = (await getBuilding({ buildingId: s.b })).address;
    const result = await updateBuildingDetailsAction({
      address: { ...address, line1: " ", city: "", country: "PRT", postalCode: "x".repeat(21) },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe("validation");
    expect(Object.keys(result.fields ?? {})).toEqual(
      expect.arrayContaining(["address.line1", "address.city", "address.country", "address.postalCode"]),
    );
    expect((await getBuilding({ buildingId: s.b })).address).toEqual(before);
  });

  it("staff, residents and another building's manager change nothing here", async () => {
    const before = (await getBuilding({ buildingId: s.b })).address;
    for (const who of [s.staff, s.resident]) {
      signInAs(who);
      const r = await updateBuildingDetailsAction({ address: { ...address, line1: "Taken over" } });
      expect(r).toMatchObject({ ok: false, code: "forbidden" });
    }
    signInAs(other.manager); // acts on their own building only
    await updateBuildingDetailsAction({ address: { ...address, line1: "Summit Road 1" } });
    expect((await getBuilding({ buildingId: s.b })).address).toEqual(before);
    expect((await getBuilding({ buildingId: other.b })).address.line1).toBe("Summit Road 1");
  });
});
