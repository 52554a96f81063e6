import { afterAll, describe, expect, it } from "vitest";
import { updateUnit } from "@/server/db/units";
import { type RunningS3, startS3 } from "../../../scripts/stack/s3";
import { getPackage } from "../../db/packages";
import { imageBytes, postForm, seedTicketBuilding } from "../shared/test-fixtures";
import { allowPackagePickup } from "./allow-package-pickup";
import { presignPackageUpload } from "./create-package-upload";
import { listPackages } from "./list-packages";
import { logPackage } from "./log-package";
import { pickUpPackage } from "./pick-up-package";

/**
 * The package room's evidence against DynamoDB Local and the S3 emulator: a parcel's photo and a pickup
 * signature go through the same presigned upload and verification as every file; a resident names who else may
 * pick a parcel up, and the desk's name check follows it.
 */
const bucket = "package-evidence-test";
const emulator: RunningS3 = await startS3({ bucket });
process.env.S3_ENDPOINT = emulator.endpoint;
process.env.S3_BUCKET = bucket;
afterAll(async () => {
  await emulator?.stop();
});

const h = await seedTicketBuilding();
await updateUnit({ buildingId: h.b, unitId: h.unit1.id, patch: { residentIds: [h.resident.id] } });
type Who = typeof h.staff;

async function upload(who: Who, purpose: "package_photo" | "package_signature", body: Buffer) {
  const up = await presignPackageUpload(who, { purpose, contentType: "image/png", size: body.length });
  expect((await postForm(up, body, "image/png")).status).toBeLessThan(300);
  return up.key;
}

describe("parcel photos and pickup signatures", () => {
  it("a logged parcel carries its verified photo, shown as a short-lived signed link to staff and the resident", async () => {
    const photoKey = await upload(h.staff, "package_photo", imageBytes("png", 2048));
    const { package: pkg } = await logPackage(h.staff, { unitId: h.unit1.id, carrier: "UPS", photoKey });
    expect(new URL(pkg.photoUrl ?? "").searchParams.get("X-Amz-Signature")).toBeTruthy();
    const mine = (await listPackages(h.resident, {})).items.find((p) => p.id === pkg.id);
    const res = await fetch(mine?.photoUrl ?? "");
    expect(res.status).toBe(200);
    expect((await res.arrayBuffer()).byteLength).toBe(2048);
    expect("photoKey" in (mine ?? {})).toBe(false);

    // a file that is not the image it claims is refused (and nothing is logged); a signature key is not a photo
    const fake = await upload(h.staff, "package_photo", imageBytes("text", 256));
    await expect(
      logPackage(h.staff, { unitId: h.unit1.id, carrier: "DHL", photoKey: fake }),
    ).rejects.toMatchObject({
      code: "validation",
      fields: { photoKey: [expect.any(String)] },
    });
    const sig = await upload(h.staff, "package_signature", imageBytes("png", 512));
    await expect(
      logPackage(h.staff, { unitId: h.unit1.id, carrier: "DHL", photoKey: sig }),
    ).rejects.toMatchObject({
      code: "validation",
    });
    // residents cannot sign uploads for the desk
    await expect(
      presignPackageUpload(h.resident, { purpose: "package_photo", contentType: "image/png", size: 10 }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });

  it("a pickup signed on the desk's screen stores the signature and records the method", async () => {
    const { package: pkg } = await logPackage(h.staff, { unitId: h.unit1.id, carrier: "FedEx" });
    const signatureKey = await upload(h.staff, "package_signature", imageBytes("png", 900));
    const { package: done } = await pickUpPackage(h.staff, pkg.id, { pickedUpBy: "Ana", signatureKey });
    expect(done).toMatchObject({ status: "picked_up", pickupMethod: "signature", pickedUpBy: "Ana" });
    expect((await fetch(done.signatureUrl ?? "")).status).toBe(200);
    expect((await getPackage({ buildingId: h.b, packageId: pkg.id })).signatureKey).toBe(signatureKey);
  });
});

describe("someone else picks up", () => {
  it("a resident names a person; the desk sees the name, checks it at pickup and records it", async () => {
    const { package: pkg } = await logPackage(h.staff, { unitId: h.unit1.id, carrier: "DHL" });
    const { package: named } = await allowPackagePickup(h.resident, pkg.id, { name: "Rui Costa" });
    expect(named.allowedPickup).toMatchObject({ name: "Rui Costa", setBy: { id: h.resident.id } });
    // another unit's resident cannot name anyone for it
    await expect(allowPackagePickup(h.resident2, pkg.id, { name: "Me" })).rejects.toMatchObject({
      code: "not_found",
    });
    const desk = (await listPackages(h.staff, { status: "waiting" })).items.find((p) => p.id === pkg.id);
    expect(desk?.allowedPickup?.name).toBe("Rui Costa");

    // a stranger's name alone is refused; the named person (however they spell the case and accents) is let through
    await expect(pickUpPackage(h.staff, pkg.id, { pickedUpBy: "Somebody Else" })).rejects.toMatchObject({
      code: "validation",
      fields: { pickedUpBy: [expect.stringContaining("Rui Costa")] },
    });
    const { package: done } = await pickUpPackage(h.staff, pkg.id, { pickedUpBy: "  rui  costa " });
    expect(done).toMatchObject({ status: "picked_up", pickupMethod: "allowed" });
    // once picked up, the name can no longer change
    await expect(allowPackagePickup(h.resident, pkg.id, { name: "Late" })).rejects.toMatchObject({
      code: "conflict",
    });
  });
});
