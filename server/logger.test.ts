import { afterEach, describe, expect, it, vi } from "vitest";
import { logger } from "./logger";

/** Production logs are read by a log pipeline (CloudWatch Logs Insights): one JSON object per line. */
describe("logger", () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
  });

  it("writes one JSON line with level, time, message and the fields", () => {
    const out = vi.spyOn(console, "log").mockImplementation(() => {});
    logger.info("api", { requestId: "r-1", status: 200, ms: 12 });
    expect(out).toHaveBeenCalledTimes(1);
    const line = out.mock.calls[0][0] as string;
    expect(line).not.toContain("\n");
    const entry = JSON.parse(line);
    expect(entry).toEqual({
      level: "info",
      time: expect.any(String),
      msg: "api",
      requestId: "r-1",
      status: 200,
      ms: 12,
    });
    expect(new Date(entry.time).toISOString()).toBe(entry.time);
  });

  it("sends warnings and errors to stderr, still as JSON", () => {
    const err = vi.spyOn(console, "error").mockImplementation(() => {});
    logger.error("unhandled error", { requestId: "r-2", errorName: "TypeError" });
    expect(JSON.parse(err.mock.calls[0][0] as string)).toMatchObject({ level: "error", requestId: "r-2" });
  });

  it("keeps debug lines out unless LOG_LEVEL=debug", () => {
    const out = vi.spyOn(console, "log").mockImplementation(() => {});
    vi.stubEnv("LOG_LEVEL", "info");
    logger.debug("api", { requestId: "r-3" });
    expect(out).not.toHaveBeenCalled();
    vi.stubEnv("LOG_LEVEL", "debug");
    logger.debug("api", { requestId: "r-3" });
    expect(JSON.parse(out.mock.calls[0][0] as string)).toMatchObject({ level: "debug", requestId: "r-3" });
  });

  it("a field cannot overwrite the level or the message", () => {
    const out = vi.spyOn(console, "log").mockImplementation(() => {});
    logger.info("real", { level: "error", msg: "forged" });
    expect(JSON.parse(out.mock.calls[0][0] as string)).toMatchObject({ level: "info", msg: "real" });
  });
});
