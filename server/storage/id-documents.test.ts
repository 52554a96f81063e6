import { describe, expect, it } from "vitest";
import { ID_DOCUMENT_MAX_BYTES } from "@/lib/domain/checkin";
import {
  idDocumentPostOptions,
  isIdDocumentKeyOf,
  newIdDocumentKey,
  presignIdDocumentPost,
} from "./id-documents";

// Signing is local: any endpoint will do, and with one the client signs with the local credentials.
process.env.S3_ENDPOINT ??= "http://localhost:9";

/** The S3 emulator enforces no POST policy, so the policy itself is checked here, as S3 would read it. */
describe("ID document upload policy", () => {
  const key = newIdDocumentKey("bld_1", "res_1", "image/png");

  it("keys live under the building and the stay, with a random name the server chose", () => {
    expect(key).toMatch(/^buildings\/bld_1\/id-documents\/res_1\/[0-9a-f-]{36}\.png$/);
    expect(isIdDocumentKeyOf(key, "bld_1", "res_1")).toBe(true);
    expect(isIdDocumentKeyOf(key, "bld_1", "res_2")).toBe(false);
    expect(isIdDocumentKeyOf(key, "bld_2", "res_1")).toBe(false);
    expect(isIdDocumentKeyOf(`${key}/../x.png`, "bld_1", "res_1")).toBe(false);
  });

  it("pins the key, the exact type, the stay and a size range of 1 byte to the limit", () => {
    const o = idDocumentPostOptions(key, "image/png", "res_1");
    expect(o.Key).toBe(key);
    expect(o.Fields).toEqual({
      "Content-Type": "image/png",
      "x-amz-meta-reservation": "res_1",
      tagging:
        "<Tagging><TagSet><Tag><Key>buildingos-retention</Key><Value>id-document</Value></Tag></TagSet></Tagging>",
    });
    expect(o.Conditions).toContainEqual(["content-length-range", 1, ID_DOCUMENT_MAX_BYTES]);
    expect(o.Expires).toBeLessThanOrEqual(300);
  });

  it("signs a policy holding every one of those conditions", async () => {
    const { fields } = await presignIdDocumentPost(key, "application/pdf", "res_1");
    const policy = JSON.parse(Buffer.from(fields.Policy ?? "", "base64").toString("utf8")) as {
      expiration: string;
      conditions: unknown[];
    };
    expect(policy.conditions).toEqual(
      expect.arrayContaining([
        { key },
        { "Content-Type": "application/pdf" },
        { "x-amz-meta-reservation": "res_1" },
        { tagging: expect.stringContaining("<Key>buildingos-retention</Key>") },
        ["content-length-range", 1, ID_DOCUMENT_MAX_BYTES],
      ]),
    );
    expect(Date.parse(policy.expiration) - Date.now()).toBeLessThanOrEqual(300_000);
  });
});
