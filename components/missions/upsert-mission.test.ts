import { describe, expect, it } from "vitest";
import type { MissionDTO } from "@/lib/domain/mission";
import { upsertMission } from "./upsert-mission";

const m = (id: string, createdAt: string, status: MissionDTO["status"], updatedAt = createdAt) =>
  ({ id, createdAt, updatedAt, status }) as MissionDTO;

describe("a live mission update", () => {
  const list = [m("b", "2026-01-02", "done"), m("a", "2026-01-01", "done")];

  it("puts a new mission first and changes a known one in place", () => {
    const added = upsertMission(list, m("c", "2026-01-03", "running"));
    expect(added.map((x) => x.id)).toEqual(["c", "b", "a"]);
    const changed = upsertMission(added, m("c", "2026-01-03", "done", "2026-01-04"));
    expect(changed.map((x) => [x.id, x.status])).toEqual([
      ["c", "done"],
      ["b", "done"],
      ["a", "done"],
    ]);
  });

  it("keeps the newer state when an older save arrives late", () => {
    const now = [m("c", "2026-01-03", "done", "2026-01-05")];
    expect(upsertMission(now, m("c", "2026-01-03", "running", "2026-01-04"))[0].status).toBe("done");
  });

  it("with a status filter, adds only matching missions and drops one that leaves the status", () => {
    const waiting = [m("w", "2026-01-01", "awaiting_approval")];
    expect(upsertMission(waiting, m("p", "2026-01-02", "planned"), "awaiting_approval")).toBe(waiting);
    const two = upsertMission(waiting, m("p", "2026-01-02", "awaiting_approval"), "awaiting_approval");
    expect(two.map((x) => x.id)).toEqual(["p", "w"]);
    const left = upsertMission(two, m("w", "2026-01-01", "running", "2026-01-03"), "awaiting_approval");
    expect(left.map((x) => x.id)).toEqual(["p"]);
  });
});
