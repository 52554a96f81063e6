import { describe, expect, it, vi } from "vitest";
import { listNotifications } from "@/server/db/notifications";
import { listOutboxEmails } from "@/server/db/outbox";
import { updateUnit } from "@/server/db/units";
import { createUser } from "@/server/db/users";
import { bearer, seedBuilding, seedToken, seedUnit } from "@/test/api-fixtures";
import { makeUser, newBuildingId } from "@/test/fixtures";
import { callRoute, documented, post, signInAs } from "@/test/route-harness";
import * as pickup from "./[id]/pickup/route";
import * as packages from "./route";

/** The package room through the real route handlers against DynamoDB Local, with the real outbox. */
vi.mock("@/server/auth/auth", () => ({ auth: vi.fn(async () => null) }));

const b = newBuildingId();
const other = newBuildingId();
await Promise.all([seedBuilding(b), seedBuilding(other)]);
const [u1, u2] = await Promise.all([seedUnit(b, "101"), seedUnit(b, "102")]);
const staff = await seedToken(b, { role: "staff" });
const otherStaff = await seedToken(other, { role: "staff" });
const ana = await createUser({ user: makeUser(b, { role: "resident", unitIds: [u1.id], name: "Ana" }) });
const rui = await createUser({
  user: makeUser(b, { role: "resident", unitIds: [u1.id], name: "Rui", locale: "pt-BR" }),
});
const neighbour = await createUser({ user: makeUser(b, { role: "resident", unitIds: [u2.id] }) });
await updateUnit({ buildingId: b, unitId: u1.id, patch: { residentIds: [ana.id, rui.id] } });

const logAs = (body: object, secret = staff.secret) => {
  signInAs(null);
  return callRoute(packages.POST, "/api/v1/packages", post(body, bearer(secret)));
};

describe("the package room", () => {
  it("staff log a parcel for a resident, who is notified in the app and by email, sees it with a PIN and picks it up", async () => {
    const logged = await logAs({
      unitId: u1.id,
      recipientId: ana.id,
      carrier: "UPS",
      trackingNumber: "1Z999",
      shelf: "B2",
    });
    expect(logged.status).toBe(201);
    expect(documented("post", "/api/v1/packages", 201)?.parse(logged.body)).toBeTruthy();
    const pkg = logged.body.package;
    expect(pkg).toMatchObject({ status: "waiting", recipientName: "Ana", shelf: "B2", carrier: "UPS" });
    expect(pkg.pickupPin).toBeUndefined(); // staff never see it

    const [inbox, ruiInbox] = await Promise.all([
      listNotifications({ buildingId: b, userId: ana.id }),
      listNotifications({ buildingId: b, userId: rui.id }),
    ]);
    expect(inbox.items.map((n) => n.kind)).toEqual(["package"]);
    expect(ruiInbox.items).toEqual([]); // addressed to Ana only
    const emails = await listOutboxEmails({ buildingId: b });
    expect(emails.items.filter((e) => e.to === ana.email && e.kind === "package")).toHaveLength(1);

    signInAs(ana);
    const mine = await callRoute(packages.GET, "/api/v1/packages");
    expect(mine.status).toBe(200);
    expect(documented("get", "/api/v1/packages")?.parse(mine.body)).toBeTruthy();
    const seen = mine.body.items.find((p: { id: string }) => p.id === pkg.id);
    expect(seen.pickupPin).toMatch(/^\d{6}$/);
    expect(inbox.items[0].body).toContain(seen.pickupPin);

    signInAs(neighbour);
    const theirs = await callRoute(packages.GET, "/api/v1/packages");
    expect(theirs.body.items).toEqual([]);
    const residentLogs = await callRoute(
      packages.POST,
      "/api/v1/packages",
      post({ unitId: u2.id, carrier: "DHL" }),
    );
    expect(residentLogs.status).toBe(403);

    signInAs(null);
    const at = `/api/v1/packages/${pkg.id}/pickup`;
    const wrongPin = await callRoute(pickup.POST, at, {
      ...post(
        { pickedUpBy: "Ana", pin: seen.pickupPin === "000000" ? "111111" : "000000" },
        bearer(staff.secret),
      ),
      params: { id: pkg.id },
    });
    expect(wrongPin.status).toBe(422);
    const done = await callRoute(pickup.POST, at, {
      ...post({ pickedUpBy: "Ana", pin: seen.pickupPin }, bearer(staff.secret)),
      params: { id: pkg.id },
    });
    expect(done.status).toBe(200);
    expect(done.body.package).toMatchObject({ status: "picked_up", pickedUpBy: "Ana", pickupMethod: "pin" });
    const twice = await callRoute(pickup.POST, at, {
      ...post({ pickedUpBy: "Someone else" }, bearer(staff.secret)),
      params: { id: pkg.id },
    });
    expect(twice.status).toBe(409);

    const waiting = await callRoute(packages.GET, "/api/v1/packages", { headers: bearer(staff.secret) });
    expect(waiting.body.items.map((p: { id: string }) => p.id)).not.toContain(pkg.id);
    const picked = await callRoute(packages.GET, "/api/v1/packages?status=picked_up", {
      headers: bearer(staff.secret),
    });
    expect(picked.body.items.map((p: { id: string }) => p.id)).toContain(pkg.id);
  });

  it("a parcel for the unit reaches every resident of it; staff list waiting parcels oldest first", async () => {
    const first = await logAs({ unitId: u1.id, carrier: "DHL" });
    const second = await logAs({ unitId: u1.id, carrier: "FedEx" });
    expect(first.body.package.recipientName).toBe("Unit 101");
    const [a, r] = await Promise.all([
      listNotifications({ buildingId: b, userId: ana.id }),
      listNotifications({ buildingId: b, userId: rui.id }),
    ]);
    expect(a.items.length).toBeGreaterThanOrEqual(2);
    expect(r.items).toHaveLength(2);
    // each in their own language: Rui reads Portuguese, Ana (no language set, building's en) English
    expect(r.items.map((n) => n.title)).toContain("Uma encomenda está esperando por você (DHL)");
    expect(r.items.find((n) => n.title.includes("DHL"))?.body).toContain("DHL chegou para a unidade 101.");
    expect(a.items.map((n) => n.title)).toContain("A parcel is waiting for you (DHL)");
    const ruiMail = (await listOutboxEmails({ buildingId: b })).items.find(
      (e) => e.to === rui.email && e.subject.includes("DHL"),
    );
    expect(ruiMail?.subject).toBe("Uma encomenda está esperando por você (DHL)");
    const waiting = await callRoute(packages.GET, "/api/v1/packages", { headers: bearer(staff.secret) });
    const ids = waiting.body.items.map((p: { id: string }) => p.id);
    expect(ids.indexOf(first.body.package.id)).toBeLessThan(ids.indexOf(second.body.package.id));
  });

  it("refuses a recipient from another unit and a unit of another building", async () => {
    const wrong = await logAs({ unitId: u2.id, recipientId: ana.id, carrier: "UPS" });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.fields.recipientId).toBeTruthy();
    const foreign = await logAs({ unitId: u1.id, carrier: "UPS" }, otherStaff.secret);
    expect(foreign.status).toBe(422);
  });
});
