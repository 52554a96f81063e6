import { describe, expect, it } from "vitest";
import { parseRequestTime } from "./request-time";

// Thursday 3 December 2026, 10:20 in Lisbon (UTC+0) and 11:20 in Madrid (UTC+1)
const now = new Date("2026-12-03T10:20:00Z");
const madrid = (text: string) => parseRequestTime(text, { timeZone: "Europe/Madrid", now })?.at ?? null;

describe("when a request asks for something to happen, in the building's zone", () => {
  it("reads a clock time, later today or tomorrow when it has passed", () => {
    expect(madrid("open the door at 15:00")).toBe("2026-12-03T14:00:00.000Z");
    expect(madrid("at 10:00")).toBe("2026-12-04T09:00:00.000Z");
  });

  it("reads a bare small hour as the afternoon: 'let the plumber in at 3' is 15:00 today", () => {
    expect(madrid("let the plumber in at 3")).toBe("2026-12-03T14:00:00.000Z");
    expect(madrid("let the plumber in at 3am")).toBe("2026-12-04T02:00:00.000Z");
  });

  it("reads a day and part of the day, and a weekday with an hour", () => {
    expect(madrid("tomorrow morning")).toBe("2026-12-04T08:00:00.000Z");
    expect(madrid("tomorrow afternoon")).toBe("2026-12-04T14:00:00.000Z");
    expect(madrid("on Friday at 9")).toBe("2026-12-04T08:00:00.000Z");
    expect(madrid("on Monday at 9")).toBe("2026-12-07T08:00:00.000Z");
  });

  it("uses the zone's own offset, DST included", () => {
    const summer = new Date("2026-07-01T06:00:00Z");
    expect(parseRequestTime("at 15:00", { timeZone: "Europe/Madrid", now: summer })?.at).toBe(
      "2026-07-01T13:00:00.000Z",
    );
    expect(parseRequestTime("at 15:00", { timeZone: "America/Sao_Paulo", now })?.at).toBe(
      "2026-12-03T18:00:00.000Z",
    );
  });

  it("reads Spanish and Portuguese", () => {
    expect(madrid("deja entrar al fontanero a las 16:30")).toBe("2026-12-03T15:30:00.000Z");
    expect(madrid("deixa entrar o encanador amanhã às 9")).toBe("2026-12-04T08:00:00.000Z");
  });

  it("finds nothing to schedule in a request without a time, or one for now", () => {
    expect(madrid("let the plumber in")).toBeNull();
    expect(madrid("let the plumber in now")).toBeNull();
  });
});
