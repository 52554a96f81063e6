import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, s3Origins } from "./csp";

const directive = (csp: string, name: string) =>
  csp
    .split(";")
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `)) ?? "";

/** L3 and M7: the policy pages get in production. */
describe("contentSecurityPolicy", () => {
  const prod = { NODE_ENV: "production", S3_BUCKET: "photos", AWS_REGION: "eu-west-1" };

  it("lets scripts run only with this request's nonce (and what they load), never inline", () => {
    const script = directive(contentSecurityPolicy(prod, { nonce: "abc123" }), "script-src");
    expect(script).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
  });

  it("allows images and uploads only to this origin and the bucket, no https: or localhost in production", () => {
    const csp = contentSecurityPolicy(prod, { nonce: "n" });
    const s3 = "https://photos.s3.eu-west-1.amazonaws.com";
    expect(directive(csp, "img-src")).toBe(
      `img-src 'self' data: blob: ${s3} https://photos.s3.amazonaws.com`,
    );
    expect(directive(csp, "connect-src")).toBe(`connect-src 'self' ${s3} https://photos.s3.amazonaws.com`);
    expect(csp).not.toMatch(/(^|\s)https:(\s|;|$)/);
    expect(csp).not.toContain("localhost");
    expect(csp).not.toContain("unsafe-eval");
  });

  it("uses the S3 endpoint's origin when one is set (emulator, MinIO)", () => {
    expect(s3Origins({ S3_ENDPOINT: "http://localhost:4568/some/path" })).toEqual(["http://localhost:4568"]);
    const csp = contentSecurityPolicy(
      { ...prod, S3_ENDPOINT: "https://minio.example.com:9000" },
      { nonce: "n" },
    );
    expect(directive(csp, "img-src")).toBe("img-src 'self' data: blob: https://minio.example.com:9000");
  });

  it("keeps localhost and eval for development only", () => {
    const csp = contentSecurityPolicy({ NODE_ENV: "development" }, { nonce: "n" });
    expect(directive(csp, "connect-src")).toContain("ws://localhost:*");
    expect(directive(csp, "script-src")).toContain("'unsafe-eval'");
  });

  it("without a nonce: no inline scripts at all, except for prerendered pages", () => {
    expect(directive(contentSecurityPolicy(prod, { nonce: null }), "script-src")).toBe("script-src 'self'");
    expect(directive(contentSecurityPolicy(prod, { nonce: null, inlineScripts: true }), "script-src")).toBe(
      "script-src 'self' 'unsafe-inline'",
    );
  });
});
