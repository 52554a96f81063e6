import { afterAll, describe, expect, it, vi } from "vitest";
import { startS3 } from "@/scripts/stack/s3";
import { authorizeCheckinToken } from "@/server/auth/guest-session";
import { getReservation } from "@/server/db/reservations";
import { createReservation } from "@/server/services/reservations/create-reservation";
import { bearer, seedBuilding, seedToken, seedUnit, userActor } from "@/test/api-fixtures";
import { newBuildingId } from "@/test/fixtures";
import { callRoute, post, setSession } from "@/test/route-harness";
import * as linkRoute from "../reservations/[id]/checkin-link/route";
import * as documentsRoute from "../reservations/[id]/documents/route";
import * as oneReservation from "../reservations/[id]/route";
import * as reservationsRoute from "../reservations/route";
import * as details from "./details/route";
import * as documents from "./documents/route";
import * as uploads from "./documents/uploads/route";
import * as checkin from "./route";
import * as rules from "./rules/route";

/**
 * The guest's check-in end to end through the route handlers: DynamoDB Local, the S3 emulator for uploads, and
 * Auth.js stubbed to hold the session the `checkin` provider would have made from the link's token.
 */
const s3 = await startS3({ bucket: "checkin-test" });
process.env.S3_ENDPOINT = s3.endpoint;
process.env.S3_BUCKET = "checkin-test";
afterAll(() => s3.stop());

vi.mock("@/server/auth/auth", () => ({ auth: vi.fn(async () => null) }));

const b = newBuildingId();
await seedBuilding(b);
const unit = await seedUnit(b, "101");
const staff = await seedToken(b, { role: "staff" });
let day = 1;
/** Books a stay and signs in as its guest the way the `checkin` provider does (the session stays set). */
async function guestStay() {
  const checkIn = `2033-05-${String(day).padStart(2, "0")}`;
  day += 3;
  const made = await createReservation(
    userActor(b),
    {
      unitId: unit.id,
      checkIn,
      checkOut: `2033-05-${String(day - 1).padStart(2, "0")}`,
      guest: { name: "Gia", email: "gia@guest.example" },
      guestCount: 1,
    },
    { source: "portal" },
  );
  const user = await authorizeCheckinToken(made.checkInUrl.split("/checkin/")[1]);
  const session = {
    user: { ...user, id: user?.id, buildingId: b },
    checkinLinkId: user?.checkinLinkId,
    expires: "",
  };
  setSession(session);
  return { id: made.reservation.id, session };
}
async function upload(bytes: Uint8Array<ArrayBuffer>, contentType: string) {
  const { body } = await callRoute(
    uploads.POST,
    "/api/v1/checkin/documents/uploads",
    post({ contentType: "image/jpeg" }),
  );
  const form = new FormData();
  for (const [k, v] of Object.entries(body.upload.fields as Record<string, string>))
    form.append(k, k === "Content-Type" ? contentType : v);
  form.append("file", new Blob([bytes], { type: contentType }), "id.jpg");
  const res = await fetch(body.upload.url, { method: "POST", body: form });
  expect(res.status).toBeLessThan(300);
  return body.upload.key as string;
}
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...Array(200).fill(1)]);

describe("guest check-in through the JSON API", () => {
  it("walks the three steps (the party step is done where the building does not ask for it), each saved (survives a reload), and ends checked in; staff then view the ID", async () => {
    const stay = await guestStay();
    const first = await callRoute(checkin.GET, "/api/v1/checkin");
    expect(first.res.status).toBe(200);
    expect(first.body.checkin).toMatchObject({
      steps: { details: false, documents: false, rules: false },
      complete: false,
    });
    expect(first.body.checkin.reservation).not.toHaveProperty("bookedBy");

    const d = await callRoute(
      details.POST,
      "/api/v1/checkin/details",
      post({
        guest: { name: "Gia Rossi", email: "gia@guest.example", phone: "+39 333 000 0000" },
        guestCount: 2,
      }),
    );
    expect(d.body.checkin.steps).toEqual({ details: true, documents: false, rules: false, party: true });
    expect(d.body.checkin.reservation.guest.name).toBe("Gia Rossi");

    const key = await upload(jpeg, "image/jpeg");
    const doc = await callRoute(documents.POST, "/api/v1/checkin/documents", post({ key }));
    expect(doc.res.status).toBe(200);
    expect(doc.body.checkin.steps.documents).toBe(true);

    const reload = await callRoute(checkin.GET, "/api/v1/checkin");
    expect(reload.body.checkin.steps).toEqual({ details: true, documents: true, rules: false, party: true });
    const version = reload.body.checkin.houseRules.version;
    expect(
      (await callRoute(rules.POST, "/api/v1/checkin/rules", post({ version: "stale" }))).res.status,
    ).toBe(409);
    const done = await callRoute(rules.POST, "/api/v1/checkin/rules", post({ version }));
    expect(done.body.checkin).toMatchObject({ complete: true, reservation: { status: "checked_in" } });
    const stored = await getReservation({ buildingId: b, reservationId: stay.id });
    expect(stored.checkinProgress).toMatchObject({ rulesVersion: version, documentKeys: [key] });

    setSession(null);
    const links = await callRoute(documentsRoute.GET, `/api/v1/reservations/${stay.id}/documents`, {
      headers: bearer(staff.secret),
      params: { id: stay.id },
    });
    expect(links.body.documents).toHaveLength(1);
    const file = await fetch(links.body.documents[0].url);
    expect(file.status).toBe(200);
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(jpeg);
  });

  it("refuses uploads the server's HEAD finds wrong: type, size, another stay's key, a key never issued", async () => {
    await guestStay(); // another stay, whose upload this guest then tries to claim
    const otherKey = await upload(jpeg, "image/jpeg");
    const stay = await guestStay();
    const wrongType = await upload(new TextEncoder().encode("#!/bin/sh"), "text/x-shellscript");
    const tooBig = await upload(new Uint8Array(10 * 1024 * 1024 + 1), "image/jpeg");
    for (const key of [
      wrongType,
      tooBig,
      otherKey,
      `buildings/${b}/id-documents/${stay.id}/not-issued.jpg`,
    ]) {
      const { res, body } = await callRoute(documents.POST, "/api/v1/checkin/documents", post({ key }));
      expect(res.status, key).toBe(422);
      expect(body.error.fields).toHaveProperty("key");
    }
    expect((await callRoute(checkin.GET, "/api/v1/checkin")).body.checkin.steps.documents).toBe(false);
  });

  it("limits the guest to their own stay, and a revoked link ends the session at once", async () => {
    const mine = await guestStay();
    const theirs = await guestStay();
    setSession(mine.session);
    const id = theirs.id;
    expect(
      (await callRoute(oneReservation.GET, `/api/v1/reservations/${id}`, { params: { id } })).res.status,
    ).toBe(404);
    const list = await callRoute(reservationsRoute.GET, "/api/v1/reservations");
    expect(list.body.items.map((r: { id: string }) => r.id)).toEqual([mine.id]);
    const book = await callRoute(
      reservationsRoute.POST,
      "/api/v1/reservations",
      post({
        unitId: unit.id,
        checkIn: "2034-01-01",
        checkOut: "2034-01-02",
        guest: { name: "x", email: "x@x.example" },
        guestCount: 1,
      }),
    );
    expect(book.res.status).toBe(403);
    expect(
      (
        await callRoute(linkRoute.DELETE, `/api/v1/reservations/${mine.id}/checkin-link`, {
          method: "DELETE",
          params: { id: mine.id },
        })
      ).res.status,
    ).toBe(403);

    setSession(null);
    const revoke = await callRoute(linkRoute.DELETE, `/api/v1/reservations/${mine.id}/checkin-link`, {
      method: "DELETE",
      headers: bearer(staff.secret),
      params: { id: mine.id },
    });
    expect(revoke.body.reservation.checkinLink).toMatchObject({ revoked: true });
    setSession(mine.session);
    expect((await callRoute(checkin.GET, "/api/v1/checkin")).res.status).toBe(401);

    setSession(null);
    const again = await callRoute(linkRoute.POST, `/api/v1/reservations/${mine.id}/checkin-link`, {
      ...post({ notify: true }, bearer(staff.secret)),
      params: { id: mine.id },
    });
    expect(again.res.status).toBe(200);
    expect(again.body.checkInUrl).toMatch(/\/checkin\/[A-Za-z0-9_-]{43}$/);
    expect(await authorizeCheckinToken(again.body.checkInUrl.split("/checkin/")[1])).toMatchObject({
      reservationId: mine.id,
    });
  });

  it("check-in steps are the guest's own: staff and residents get 403", async () => {
    setSession(null);
    const res = await callRoute(checkin.GET, "/api/v1/checkin", { headers: bearer(staff.secret) });
    expect(res.res.status).toBe(403);
  });
});
