import { describe, expect, it } from "vitest";
import { redactUrl } from "./redact-url";

describe("redactUrl (the broker URL in the start-up log)", () => {
  it("keeps scheme, host and port and hides user and password", () => {
    const out = redactUrl("mqtts://lock-admin:s3cr3t-pa55@broker.example.com:8883");
    expect(out).toBe("mqtts://***:***@broker.example.com:8883");
    expect(out).not.toContain("s3cr3t");
    expect(out).not.toContain("lock-admin");
  });

  it("hides secrets in the query and leaves a URL without credentials alone", () => {
    expect(redactUrl("wss://iot.example.com/mqtt?x-amz-signature=abc&region=eu")).toBe(
      "wss://iot.example.com/mqtt?x-amz-signature=***&region=eu",
    );
    expect(redactUrl("mqtt://localhost:1883")).toBe("mqtt://localhost:1883");
  });

  it("does not log what it cannot parse", () => {
    expect(redactUrl("user:pass@nowhere")).toBe("(not a URL)");
  });
});
