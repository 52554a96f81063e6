import { describe, expect, it } from "vitest";
import { chatErrorCode } from "./chat-error";

/** The chat reads a failed turn's code from structure: the stream's bare code, the route's JSON body, a network failure. */
describe("chatErrorCode", () => {
  it("reads the stream's code, the JSON error body, and a fetch that failed", () => {
    expect(chatErrorCode(new Error("unavailable"))).toBe("unavailable");
    expect(
      chatErrorCode(new Error(JSON.stringify({ error: { code: "rate_limited", message: "Too many" } }))),
    ).toBe("rate_limited");
    expect(chatErrorCode(new TypeError("Failed to fetch"))).toBe("unavailable");
  });

  it("does not guess from English text", () => {
    expect(chatErrorCode(new Error("the concierge is rate_limited right now"))).toBe("internal");
    expect(chatErrorCode(new Error("{not json"))).toBe("internal");
    expect(chatErrorCode(new Error(JSON.stringify({ error: { code: "nope" } })))).toBe("internal");
  });
});
