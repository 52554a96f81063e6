import { describe, expect, it } from "vitest";
import { makeUser } from "@/test/fixtures";
import { createUser } from "../../db/users";
import { seedTicketBuilding } from "../shared/test-fixtures";
import { getTicketOptions } from "./get-ticket-options";

const h = await seedTicketBuilding();
const other = await seedTicketBuilding();
await createUser({ user: makeUser(h.b, { role: "staff", status: "disabled" }) });

describe("getTicketOptions", () => {
  it("gives residents their own units and nobody to assign", async () => {
    expect(await getTicketOptions(h.resident)).toEqual({
      units: [{ id: h.unit1.id, number: "101" }],
      assignees: [],
    });
  });

  it("gives staff the building's units by number and its active staff and managers", async () => {
    const { units, assignees } = await getTicketOptions(h.staff);
    expect(units.map((u) => u.number)).toEqual(["101", "102"]);
    expect(assignees.map((a) => a.id).sort()).toEqual([h.staff.id, h.manager.id].sort());
    expect(assignees.map((a) => a.name)).toEqual(
      [...assignees.map((a) => a.name)].sort((a, b) => a.localeCompare(b)),
    );
  });

  it("never crosses buildings", async () => {
    const { units, assignees } = await getTicketOptions(other.manager);
    expect(units.map((u) => u.id)).not.toContain(h.unit1.id);
    expect(assignees.map((a) => a.id)).not.toContain(h.staff.id);
  });
});
