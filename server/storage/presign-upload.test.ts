import { describe, expect, it } from "vitest";
import { newBuildingId } from "@/test/fixtures";
import { presignUpload } from "./presign-upload";
import { isUploadKeyOf } from "./upload-keys";

// Signing is local (no request): an endpoint makes the client use the emulators' `local` credentials.
process.env.S3_ENDPOINT ??= "http://localhost:4568";
process.env.S3_BUCKET ??= "buildingos-test";

type Policy = { expiration: string; conditions: unknown[] };
const decode = (fields: Record<string, string>) =>
  JSON.parse(Buffer.from(fields.Policy ?? "", "base64").toString("utf8")) as Policy;

describe("presignUpload", () => {
  const b = newBuildingId();

  it("signs a policy that pins the key, size range, content type and uploader, for a few minutes", async () => {
    const before = Date.now();
    const up = await presignUpload({
      buildingId: b,
      purpose: "ticket_photo",
      contentType: "image/png",
      uploaderId: "usr_1",
    });
    const policy = decode(up.fields);
    expect(policy.conditions).toContainEqual(["content-length-range", 1, 8 * 1024 * 1024]);
    expect(policy.conditions).toContainEqual({ "Content-Type": "image/png" });
    expect(policy.conditions).toContainEqual({ "x-amz-meta-uploader": "usr_1" });
    expect(policy.conditions).toContainEqual({ key: up.key });
    expect(policy.conditions).toContainEqual({ bucket: "buildingos-test" });
    // nothing lets the client pick another key or type: no starts-with conditions at all
    expect(policy.conditions.some((c) => Array.isArray(c) && c[0] === "starts-with")).toBe(false);
    const ttl = Date.parse(policy.expiration) - before;
    expect(ttl).toBeGreaterThan(4 * 60_000);
    expect(ttl).toBeLessThanOrEqual(5 * 60_000 + 1000);
    expect(up.maxBytes).toBe(8 * 1024 * 1024);
    expect(up.fields["Content-Type"]).toBe("image/png");
    expect(up.fields["X-Amz-Signature"]).toMatch(/^[0-9a-f]{64}$/);
  });

  it("chooses the key under the building's tickets folder, with the type's extension", async () => {
    const up = await presignUpload({
      buildingId: b,
      purpose: "ticket_photo",
      contentType: "image/heic",
      uploaderId: "usr_1",
    });
    expect(up.key).toMatch(new RegExp(`^buildings/${b}/tickets/[0-9a-f-]{36}\\.heic$`));
    expect(isUploadKeyOf(up.key, b, "ticket_photo")).toBe(true);
    expect(isUploadKeyOf(up.key, newBuildingId(), "ticket_photo")).toBe(false);
    expect(isUploadKeyOf(`${up.key}/../../x`, b, "ticket_photo")).toBe(false);
    expect(isUploadKeyOf(`buildings/${b}/documents/${up.key.split("/").pop()}`, b, "ticket_photo")).toBe(
      false,
    );
  });
});
