import { HeadObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { afterAll, describe, expect, it } from "vitest";
import { seedBuilding, seedUnit } from "@/test/api-fixtures";
import { makeReservation, newBuildingId } from "@/test/fixtures";
import { startS3 } from "../../../scripts/stack/s3";
import { findPartyRegistration, putPartyRegistration } from "../../db/party-registrations";
import { cancelReservation, createReservation, getReservation } from "../../db/reservations";
import { sweepGuestData } from "./sweep-guest-data";

/**
 * The guest-data deletion job (issue 17) for stays that never ended by check-out: a cancelled stay's ID files
 * (gone from the S3 emulator: HEAD 404), registered party and details are deleted the building's retention days
 * after the cancellation, found through the marker the cancellation wrote; a no-show's after its check-out date.
 */
const bucket = "guest-data-test";
const s3 = await startS3({ bucket });
process.env.S3_ENDPOINT = s3.endpoint;
process.env.S3_BUCKET = bucket;
const client = new S3Client({
  endpoint: s3.endpoint,
  forcePathStyle: true,
  region: "us-east-1",
  credentials: { accessKeyId: "local", secretAccessKey: "local" },
});
afterAll(async () => {
  client.destroy();
  await s3.stop();
});

const b = newBuildingId();
await seedBuilding(b); // guestDataRetentionDays: 30 by default
const unit = await seedUnit(b, "9A");
const docKey = (r: string, n: number) =>
  `buildings/${b}/id-documents/${r}/0000000${n}-0000-4000-8000-000000000000.jpg`;
const head = (key: string) => client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
async function withDocuments(checkIn: string, checkOut: string, status: "confirmed" | "no_show") {
  const r = await createReservation({
    reservation: makeReservation(b, unit.id, checkIn, checkOut, { status }),
  });
  for (const n of [1, 2]) {
    await client.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: docKey(r.id, n),
        Body: Buffer.from([0xff, 0xd8, 0xff, 1]),
      }),
    );
  }
  const at = new Date().toISOString();
  await putPartyRegistration({
    buildingId: b,
    reservationId: r.id,
    members: [],
    registeredAt: at,
    updatedAt: at,
  });
  return r;
}

describe("guest data of stays that did not end by check-out", () => {
  it("a cancelled stay's ID files, party and details go the retention days after the cancellation", async () => {
    const r = await withDocuments("2031-08-01", "2031-08-05", "confirmed");
    await cancelReservation({ buildingId: b, reservationId: r.id, now: new Date("2031-06-01T09:00:00Z") });
    // 29 days on: not yet
    expect(await sweepGuestData(new Date("2031-06-30T12:00:00Z"), { buildingIds: [b] })).toEqual({
      purged: 0,
      files: 0,
    });
    expect((await head(docKey(r.id, 1))).$metadata.httpStatusCode).toBe(200);

    expect(await sweepGuestData(new Date("2031-07-01T12:00:00Z"), { buildingIds: [b] })).toEqual({
      purged: 1,
      files: 2,
    });
    for (const n of [1, 2]) {
      await expect(head(docKey(r.id, n))).rejects.toMatchObject({ $metadata: { httpStatusCode: 404 } });
    }
    const purged = await getReservation({ buildingId: b, reservationId: r.id });
    expect(purged.guest).toEqual({ name: "Former guest", email: `stay-${r.id}@guest.invalid` });
    expect(purged.guestDataPurgedAt).toBeDefined();
    expect(await findPartyRegistration({ buildingId: b, reservationId: r.id })).toBeNull();
    // the marker is gone with it: the next run finds nothing
    expect((await sweepGuestData(new Date("2031-07-02T12:00:00Z"), { buildingIds: [b] })).purged).toBe(0);
  });

  it("a no-show's go the retention days after its check-out date", async () => {
    const r = await withDocuments("2031-09-01", "2031-09-03", "no_show");
    expect((await sweepGuestData(new Date("2031-10-02T12:00:00Z"), { buildingIds: [b] })).purged).toBe(0);
    expect(await sweepGuestData(new Date("2031-10-03T12:00:00Z"), { buildingIds: [b] })).toEqual({
      purged: 1,
      files: 2,
    });
    await expect(head(docKey(r.id, 2))).rejects.toMatchObject({ $metadata: { httpStatusCode: 404 } });
    expect(await findPartyRegistration({ buildingId: b, reservationId: r.id })).toBeNull();
  });
});
