import { HeadObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { afterAll, describe, expect, it, vi } from "vitest";
import { buildingConfigSchema } from "@/lib/domain/building";
import type { Actor } from "@/lib/roles";
import { startS3 } from "@/scripts/stack/s3";
import { getBuilding, updateBuildingConfig } from "@/server/db/buildings";
import { saveCheckinStep } from "@/server/db/checkin-progress";
import { createReservation, getReservation } from "@/server/db/reservations";
import { createUser } from "@/server/db/users";
import { getCheckin } from "@/server/services/checkin/get-checkin";
import { sweepGuestData } from "@/server/services/checkin/sweep-guest-data";
import { issueStayDoorCodes } from "@/server/services/door-codes/stay-door-codes";
import { bearer, seedBuilding, seedToken, seedUnit } from "@/test/api-fixtures";
import { seedDevice } from "@/test/device-fixtures";
import { makeReservation, makeUser, newBuildingId } from "@/test/fixtures";
import { callRoute, documented, post, signInAs } from "@/test/route-harness";
import * as route from "./route";

/**
 * ID approval (issue 17) through the route, with DynamoDB Local and the S3 emulator: the building's door code
 * waits for approval; a rejection's reason reaches the guest, who uploads again; the retention sweeper deletes
 * the files from storage for real and erases the guest's details.
 */
const bucket = "id-review-test";
const s3 = await startS3({ bucket });
process.env.S3_ENDPOINT = s3.endpoint;
process.env.S3_BUCKET = bucket;
afterAll(() => s3.stop());
vi.mock("@/server/auth/auth", () => ({ auth: vi.fn(async () => null) }));

const b = newBuildingId();
await seedBuilding(b);
const building = await getBuilding({ buildingId: b });
await updateBuildingConfig({
  buildingId: b,
  config: buildingConfigSchema.parse({
    ...building.config,
    doorCode: { ...building.config.doorCode, requireIdApproval: true },
    guestDataRetentionDays: 30,
  }),
});
const staff = await createUser({ user: makeUser(b, { role: "staff" }) });
const token = await seedToken(b, { role: "staff" });
const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, ...Array(100).fill(7)]);
const docKey = (reservationId: string, n: number) =>
  `buildings/${b}/id-documents/${reservationId}/0000000${n}-0000-4000-8000-000000000000.jpg`;
const guestOf = (reservationId: string, unitId: string): Actor => ({
  kind: "guest",
  id: `guest:${reservationId}`,
  role: "guest",
  buildingId: b,
  unitIds: [unitId],
  reservationId,
  name: "Test Guest",
});
const client = new S3Client({
  endpoint: s3.endpoint,
  forcePathStyle: true,
  region: "us-east-1",
  credentials: { accessKeyId: "local", secretAccessKey: "local" },
});
afterAll(() => client.destroy());
/** What the guest's presigned POST stores: the type and the stay in the object's metadata. */
const putDocument = (key: string, reservationId: string) =>
  client.send(
    new PutObjectCommand({
      Bucket: bucket,
      Key: key,
      Body: jpeg,
      ContentType: "image/jpeg",
      Metadata: { reservation: reservationId },
    }),
  );
const review = (id: string, body: unknown, headers: Record<string, string> = {}) =>
  callRoute(route.POST, `/api/v1/reservations/${id}/id-review`, { ...post(body, headers), params: { id } });

/** A checked-in stay whose guest uploaded one ID document (stored in the emulator), review pending. */
async function stayWithDocument(unitNumber: string, checkIn: string, checkOut: string) {
  const unit = await seedUnit(b, unitNumber);
  await seedDevice(b, { unitId: unit.id, name: `${unitNumber} door` });
  const r = await createReservation({ reservation: makeReservation(b, unit.id, checkIn, checkOut) });
  await putDocument(docKey(r.id, 1), r.id);
  await saveCheckinStep({ buildingId: b, reservationId: r.id, step: { documentKey: docKey(r.id, 1) } });
  const { updateReservation } = await import("@/server/db/reservations");
  await updateReservation({ buildingId: b, reservationId: r.id, patch: { status: "checked_in" } });
  return { r, unit };
}

describe("ID review", () => {
  it("the code waits for approval; a rejection's reason reaches the guest, who uploads again; approval issues the code", async () => {
    const { r, unit } = await stayWithDocument("501", "2031-03-01", "2031-03-04");
    const b1 = await getBuilding({ buildingId: b });
    // the door-code path (check-in completion, the sweeper) refuses while the ID is pending
    expect(
      await issueStayDoorCodes(await getReservation({ buildingId: b, reservationId: r.id }), b1, null),
    ).toBe(false);

    signInAs(null);
    expect((await review(r.id, { decision: "approved" }, bearer(token.secret))).status).toBe(403);
    signInAs({ id: staff.id, buildingId: b });
    expect((await review(r.id, { decision: "rejected" })).status).toBe(422);
    const rejected = await review(r.id, { decision: "rejected", reason: "The photo is blurred" });
    expect(rejected.status, rejected.text).toBe(200);
    expect(documented("post", "/api/v1/reservations/{id}/id-review")?.safeParse(rejected.body).success).toBe(
      true,
    );
    expect(rejected.body.reservation.idReview).toMatchObject({ status: "rejected", reviewedBy: staff.id });
    expect(rejected.body.reservation.doorAccess).toBeNull();
    // nothing more to decide until the guest sends another
    expect((await review(r.id, { decision: "approved" })).status).toBe(409);

    const guest = guestOf(r.id, unit.id);
    const view = await getCheckin(guest);
    expect(view.idReview).toEqual({ status: "rejected", reason: "The photo is blurred" });
    expect(view.mayUploadDocument).toBe(true);
    expect(view.doorCode).toBeNull();
    await putDocument(docKey(r.id, 2), r.id);
    const { recordIdDocument } = await import("@/server/services/checkin/record-id-document");
    const again = await recordIdDocument(guest, { key: docKey(r.id, 2) });
    expect(again.idReview).toEqual({ status: "pending", reason: null });
    expect(again.mayUploadDocument).toBe(false);

    const approved = await review(r.id, { decision: "approved" });
    expect(approved.status, approved.text).toBe(200);
    expect(approved.body.reservation.idReview.status).toBe("approved");
    expect(approved.body.reservation.doorAccess).not.toBeNull();
    expect((await getCheckin(guest)).doorCode?.pin).toMatch(/^\d{6}$/);
    expect((await review(r.id, { decision: "rejected", reason: "late" })).status).toBe(409);
  });

  it("two reviewers at once: one decision", async () => {
    const { r } = await stayWithDocument("502", "2031-04-01", "2031-04-03");
    signInAs({ id: staff.id, buildingId: b });
    const answers = await Promise.all([
      review(r.id, { decision: "approved" }),
      review(r.id, { decision: "rejected", reason: "no" }),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
  });

  it("a stay without a document, or another building's, cannot be reviewed", async () => {
    const unit = await seedUnit(b, "503");
    const bare = await createReservation({
      reservation: makeReservation(b, unit.id, "2031-05-01", "2031-05-03"),
    });
    signInAs({ id: staff.id, buildingId: b });
    expect((await review(bare.id, { decision: "approved" })).status).toBe(409);
    const other = newBuildingId();
    await seedBuilding(other);
    const stranger = await createUser({ user: makeUser(other, { role: "staff" }) });
    signInAs({ id: stranger.id, buildingId: other });
    expect((await review(bare.id, { decision: "approved" })).status).toBe(404);
  });

  it("the retention sweeper deletes the ID files from storage and the guest's details, the configured days after check-out, once", async () => {
    const { r } = await stayWithDocument("504", "2031-06-01", "2031-06-05");
    // an upload never recorded on the stay is deleted too
    await putDocument(docKey(r.id, 3), r.id);
    const { updateReservation } = await import("@/server/db/reservations");
    await updateReservation({
      buildingId: b,
      reservationId: r.id,
      patch: { status: "checked_out", checkedOutAt: "2031-06-05T10:00:00Z" },
    });
    const still = await createReservation({
      reservation: makeReservation(b, r.unitId, "2031-06-05", "2031-06-06", { status: "checked_in" }),
    });
    expect((await sweepGuestData(new Date("2031-07-04T12:00:00Z"), { buildingIds: [b] })).purged).toBe(0);
    const run = await sweepGuestData(new Date("2031-07-05T12:00:00Z"), { buildingIds: [b] });
    expect(run).toEqual({ purged: 1, files: 2 });
    for (const key of [docKey(r.id, 1), docKey(r.id, 3)]) {
      await expect(client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }))).rejects.toMatchObject({
        $metadata: { httpStatusCode: 404 },
      });
    }
    const purged = await getReservation({ buildingId: b, reservationId: r.id });
    expect(purged.guest).toEqual({ name: "Former guest", email: `stay-${r.id}@guest.invalid` });
    expect(purged.checkinProgress.documentKeys).toEqual([]);
    expect(purged.guestDataPurgedAt).toBeDefined();
    expect((await getReservation({ buildingId: b, reservationId: still.id })).guest.name).toBe("Test Guest");
    expect((await sweepGuestData(new Date("2031-07-06T12:00:00Z"), { buildingIds: [b] })).purged).toBe(0);
  });
});
