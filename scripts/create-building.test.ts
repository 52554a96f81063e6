import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/server/auth/password";
import { getBuilding } from "@/server/db/buildings";
import { findUserCredentialsByEmail } from "@/server/db/users";
import { type CreateBuildingInput, createBuilding } from "./create-building";

const input = (email: string, password = "correct horse battery"): CreateBuildingInput => ({
  name: "Rua Augusta 10",
  address: { line1: "Rua Augusta 10", city: "Lisboa", postalCode: "1100-053", country: "pt" },
  timezone: "Europe/Lisbon",
  locale: "pt-PT",
  currency: "eur",
  manager: { email, name: "Ana Silva", password },
});

/** Against DynamoDB Local: the building and a manager who can sign in with the given password. */
describe("create-building (first data of a deployment)", () => {
  it("stores the building and an active manager of it with a hashed password", async () => {
    const email = `ana-${randomBytes(4).toString("hex")}@example.com`;
    const { building, manager } = await createBuilding(input(email));
    const stored = await getBuilding({ buildingId: building.id });
    expect(stored).toMatchObject({ name: "Rua Augusta 10", timezone: "Europe/Lisbon", currency: "EUR" });
    expect(stored.address.country).toBe("PT");
    const creds = await findUserCredentialsByEmail({ email });
    expect(creds).toMatchObject({
      id: manager.id,
      buildingId: building.id,
      role: "manager",
      status: "active",
    });
    expect(creds?.passwordHash).not.toContain("correct horse");
    expect(await verifyPassword("correct horse battery", creds?.passwordHash ?? "")).toBe(true);
  });

  it("refuses a short password, an unknown time zone and an email that already has an account", async () => {
    const email = `bo-${randomBytes(4).toString("hex")}@example.com`;
    await expect(createBuilding(input(email, "short"))).rejects.toThrow(/12 characters/);
    await expect(createBuilding({ ...input(email), timezone: "Mars/Olympus" })).rejects.toThrow(/time zone/);
    await createBuilding(input(email));
    await expect(createBuilding(input(email))).rejects.toThrow(/already has an account/);
  });
});
