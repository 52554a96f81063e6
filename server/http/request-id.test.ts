import { describe, expect, it } from "vitest";
import { currentRequestId, requestIdFrom } from "./request-id";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe("request ids", () => {
  it("keeps the caller's id, else the load balancer's trace id", () => {
    expect(requestIdFrom(new Headers({ "x-request-id": "abc-123" }))).toBe("abc-123");
    const trace = "Root=1-67891233-abcdef012345678912345678";
    expect(requestIdFrom(new Headers({ "x-amzn-trace-id": trace }))).toBe(trace);
    expect(requestIdFrom(new Headers({ "x-request-id": "mine", "x-amzn-trace-id": trace }))).toBe("mine");
  });

  it("makes a new one when none is given or the given one is unfit for a log line", () => {
    expect(requestIdFrom(new Headers())).toMatch(UUID);
    expect(requestIdFrom(new Headers({ "x-request-id": "a b" }))).toMatch(UUID);
    expect(requestIdFrom(new Headers({ "x-request-id": "x".repeat(129) }))).toMatch(UUID);
  });

  it("outside a request (a script, a test) still gives an id", async () => {
    expect(await currentRequestId()).toMatch(UUID);
  });
});
