import { describe, expect, it } from "vitest";
import { COMMON_AREA, dayOf, keys, pad, partitions } from "./keys";

describe("key builders", () => {
  it("start every building-owned key from the building", () => {
    const b = "b1";
    const built = [
      keys.building(b),
      keys.unit(b, "u"),
      keys.user(b, "u"),
      keys.reservation(b, "r"),
      keys.night(b, "u", "2026-12-03"),
      keys.ticket(b, "t"),
      keys.ticketEvent(b, "t", "e"),
      keys.device(b, "d"),
      keys.doorCode(b, "d", "c"),
      keys.command(b, "d", "c"),
      keys.accessLog(b, "d", "e"),
      keys.accessStats(b, "2026-01-01"),
      keys.conversation(b, "c"),
      keys.message(b, "c", "m"),
      keys.mission(b, "m"),
      keys.knowledgeDocument(b, "k"),
      keys.audit(b, "a"),
      keys.apiToken(b, "t"),
      keys.notification(b, "u", "n"),
      keys.outboxEmail(b, "e"),
    ];
    for (const k of built) expect(k.pk.startsWith("BLD#b1")).toBe(true);
  });

  it("keep the global lookups free of building data and normalise emails", () => {
    expect(keys.emailLock("  Manager@Harbor.Example ")).toEqual({
      pk: "EMAIL#manager@harbor.example",
      sk: "EMAIL",
    });
    expect(keys.checkinLink("abc")).toEqual({ pk: "CHECKIN#abc", sk: "CHECKIN" });
    expect(keys.apiTokenLookup("h")).toEqual({ pk: "APITOKEN#h", sk: "APITOKEN" });
    expect(keys.invitation("h")).toEqual({ pk: "INVITE#h", sk: "INVITE" });
    expect(keys.accountLink("reset", "h")).toEqual({ pk: "ACCOUNTLINK#reset#h", sk: "ACCOUNTLINK" });
  });

  it("write the same partition values the list functions query", () => {
    expect(keys.unitByNumber("b", 3, "301", "u").gsi1pk).toBe(partitions.units("b"));
    expect(keys.ticketByStatus("b", "open", "t").gsi2pk).toBe(partitions.ticketsByStatus("b", "open"));
    expect(keys.ticketByUnit("b", null, "t").gsi3pk).toBe(partitions.ticketsByUnit("b", null));
    expect(keys.deviceByUnit("b", null, "lock", "d").gsi1pk).toBe(`BLD#b#UNIT#${COMMON_AREA}#DEVICES`);
    expect(keys.accessLogByDay("b", "2026-03-04T10:00:00.000Z", "e").gsi3pk).toBe(
      partitions.accessByDay("b", "2026-03-04"),
    );
    expect(keys.night("b", "u", "2026-01-01").pk).toBe(partitions.unit("b", "u"));
    expect(keys.commandPending("2026-01-01T00:00:05Z", "c")).toEqual({
      gsi2pk: partitions.commandsPending(),
      gsi2sk: "2026-01-01T00:00:05Z#c",
    });
  });

  it("order units by floor, then number", () => {
    const sks = [
      keys.unitByNumber("b", 10, "1001", "x").gsi1sk,
      keys.unitByNumber("b", 2, "201", "y").gsi1sk,
      keys.unitByNumber("b", 1, "102", "z").gsi1sk,
      keys.unitByNumber("b", 1, "101", "w").gsi1sk,
    ].sort();
    expect(sks.map((s) => s.split("#")[1])).toEqual(["101", "102", "201", "1001"]);
  });

  it("pad numbers so string order is numeric order and cut ISO days", () => {
    expect(pad(7)).toBe("0007");
    expect(pad(12, 3)).toBe("012");
    expect(pad(-3)).toBe("0000");
    expect(dayOf("2026-12-03T23:59:59.999Z")).toBe("2026-12-03");
  });

  it("make building names case-insensitive in the building list", () => {
    expect(keys.buildingList("Harbor View", "b").gsi1sk).toBe("harbor view#b");
  });
});
