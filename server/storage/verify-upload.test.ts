import { HeadObjectCommand } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newBuildingId } from "@/test/fixtures";
import { type RunningS3, startS3 } from "../../scripts/stack/s3";
import { imageBytes, postForm, putRaw } from "../services/shared/test-fixtures";
import { presignUpload } from "./presign-upload";
import { s3 } from "./s3-client";
import { newUploadKey } from "./upload-keys";
import { verifyUpload } from "./verify-upload";

const bucket = "verify-upload-test";
let emulator: RunningS3;
beforeAll(async () => {
  emulator = await startS3({ bucket });
  // read by config() on first use, below
  process.env.S3_ENDPOINT = emulator.endpoint;
  process.env.S3_BUCKET = bucket;
});
afterAll(async () => {
  await emulator?.stop();
});

const b = newBuildingId();
const uploaderId = "usr_uploader";
const check = (key: string, who = uploaderId) =>
  verifyUpload({ buildingId: b, purpose: "ticket_photo", key, uploaderId: who });
const exists = (key: string) =>
  s3()
    .send(new HeadObjectCommand({ Bucket: bucket, Key: key }))
    .then(() => true)
    .catch(() => false);

describe("verifyUpload against the S3 emulator", () => {
  it("accepts a photo sent through the presigned POST form", async () => {
    const up = await presignUpload({
      buildingId: b,
      purpose: "ticket_photo",
      contentType: "image/png",
      uploaderId,
    });
    const res = await postForm(up, imageBytes("png", 2048), "image/png");
    expect(res.status).toBeLessThan(300);
    expect(await check(up.key)).toEqual({ ok: true, key: up.key, size: 2048, contentType: "image/png" });
  });

  it("refuses and deletes an object larger than 8 MB", async () => {
    const key = newUploadKey(b, "ticket_photo", "image/png");
    await putRaw(
      emulator.endpoint,
      bucket,
      key,
      imageBytes("png", 8 * 1024 * 1024 + 1),
      "image/png",
      uploaderId,
    );
    expect(await check(key)).toMatchObject({ ok: false, reason: "too_large" });
    expect(await exists(key)).toBe(false);
  });

  it("refuses and deletes an object of a type outside the allow-list", async () => {
    const key = newUploadKey(b, "ticket_photo", "image/png");
    await putRaw(emulator.endpoint, bucket, key, imageBytes("text"), "text/html", uploaderId);
    expect(await check(key)).toMatchObject({ ok: false, reason: "wrong_type" });
    expect(await exists(key)).toBe(false);
  });

  it("refuses and deletes an object whose bytes are not the image it claims", async () => {
    const key = newUploadKey(b, "ticket_photo", "image/jpeg");
    await putRaw(emulator.endpoint, bucket, key, imageBytes("text"), "image/jpeg", uploaderId);
    expect(await check(key)).toMatchObject({ ok: false, reason: "not_an_image" });
    expect(await exists(key)).toBe(false);
  });

  it("refuses, without deleting, another person's upload and another building's key", async () => {
    const key = newUploadKey(b, "ticket_photo", "image/png");
    await putRaw(emulator.endpoint, bucket, key, imageBytes("png"), "image/png", uploaderId);
    expect(await check(key, "usr_someone_else")).toMatchObject({ ok: false, reason: "not_uploader" });
    expect(await exists(key)).toBe(true);

    const other = newUploadKey(newBuildingId(), "ticket_photo", "image/png");
    await putRaw(emulator.endpoint, bucket, other, imageBytes("png"), "image/png", uploaderId);
    expect(await check(other)).toMatchObject({ ok: false, reason: "foreign_key" });
    expect(await exists(other)).toBe(true);
    expect(await check("buildings/../etc/passwd")).toMatchObject({ ok: false, reason: "foreign_key" });
  });

  it("refuses a key that was signed but never uploaded", async () => {
    expect(await check(newUploadKey(b, "ticket_photo", "image/webp"))).toMatchObject({
      ok: false,
      reason: "missing",
    });
  });
});
