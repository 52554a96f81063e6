import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Match } from "aws-cdk-lib/assertions";
import {
  ID_DOCUMENT_RETENTION_TAG,
  PENDING_UPLOAD_EXPIRY_DAYS,
  PENDING_UPLOAD_TAG,
} from "../../server/storage/retention-tag";
import { asList, type Props, render, TEST_CONTEXT, templates } from "./synth";

describe("S3 bucket", () => {
  const t = templates().main;
  const buckets = t.findResources("AWS::S3::Bucket") as Record<string, { Properties: Props }>;
  // the data bucket; the other one holds received guest email (inbound-email.spec.ts)
  const [bucket] = Object.entries(buckets)
    .filter(([id]) => id.startsWith("DataBucket"))
    .map(([, b]) => b);
  const p = bucket.Properties;

  it("blocks every kind of public access and encrypts at rest (every bucket)", () => {
    assert.deepEqual(
      Object.keys(buckets)
        .map((id) => id.replace(/[0-9A-F]{8}$/, ""))
        .sort(),
      ["DataBucket", "InboundEmailMail"],
    );
    for (const { Properties: b } of Object.values(buckets)) {
      assert.deepEqual(b.PublicAccessBlockConfiguration, {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
      assert.equal(
        b.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm,
        "AES256",
      );
      assert.deepEqual(b.OwnershipControls, { Rules: [{ ObjectOwnership: "BucketOwnerEnforced" }] });
    }
  });

  it("refuses requests without TLS", () => {
    t.hasResourceProperties("AWS::S3::BucketPolicy", {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: "Deny",
            Action: "s3:*",
            Principal: { AWS: "*" },
            Condition: { Bool: { "aws:SecureTransport": "false" } },
          }),
        ]),
      },
    });
  });

  it("deletes tagged ID documents the context's number of days after upload, and unattached uploads", () => {
    const rules = p.LifecycleConfiguration.Rules as Props[];
    const expiring = rules.filter((r: Props) => r.ExpirationInDays !== undefined);
    assert.equal(expiring.length, 2, "only ID documents and unattached uploads expire");
    const [rule, pending] = expiring;
    assert.equal(pending.ExpirationInDays, PENDING_UPLOAD_EXPIRY_DAYS);
    assert.deepEqual(pending.TagFilters, [{ Key: PENDING_UPLOAD_TAG.key, Value: PENDING_UPLOAD_TAG.value }]);
    assert.equal(pending.Prefix, undefined);
    assert.equal(rule.Status, "Enabled");
    assert.equal(rule.ExpirationInDays, Number(TEST_CONTEXT.idDocumentRetentionDays));
    assert.deepEqual(rule.TagFilters, [
      { Key: ID_DOCUMENT_RETENTION_TAG.key, Value: ID_DOCUMENT_RETENTION_TAG.value },
    ]);
    assert.equal(rule.Prefix, undefined);
  });

  it("lets browsers POST uploads from the app's origin only", () => {
    const [cors] = p.CorsConfiguration.CorsRules;
    assert.ok(cors.AllowedMethods.includes("POST"));
    assert.ok(!cors.AllowedMethods.includes("PUT") && !cors.AllowedMethods.includes("DELETE"));
    assert.deepEqual(asList(cors.AllowedOrigins).map(render), [`https://${TEST_CONTEXT.appDomain}`]);
  });
});
