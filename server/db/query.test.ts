import { describe, expect, it } from "vitest";
import { newBuildingId } from "@/test/fixtures";
import { keys } from "./keys";
import { countQuery, queryAll, queryPage, type SortCondition } from "./query";
import { putItem } from "./write";

const pk = keys.buildingPartition(newBuildingId());
// "B" and "B$" sit just outside the prefix "B#"; "B#ü", "B#\uE000", "B#😀" are 2, 3 and 4 bytes of UTF-8 after it
const sks = ["A#1", "A#2", "B", "B#1", "B#2", "B#ü", "B#\uE000", "B#😀", "B$", "C#1"];

/** Every sort-key operator, with the items it must select: counts, pages and whole reads must agree. */
const cases: [string, SortCondition | undefined, string[]][] = [
  ["none", undefined, sks],
  ["beginsWith", { beginsWith: "B#" }, ["B#1", "B#2", "B#ü", "B#\uE000", "B#😀"]],
  ["between", { between: ["A#2", "B#2"] }, ["A#2", "B", "B#1", "B#2"]],
  ["gte", { gte: "B#😀" }, ["B#😀", "B$", "C#1"]],
  ["lte", { lte: "A#2" }, ["A#1", "A#2"]],
  ["eq", { eq: "B#1" }, ["B#1"]],
];

describe("one key-condition builder for every Query", () => {
  it("seeds", async () => {
    await Promise.all(sks.map((sk) => putItem({ pk, sk, label: sk })));
  });

  it.each(cases)(
    "sort condition %s: countQuery, queryPage and queryAll select the same items",
    async (_n, sk, want) => {
      expect(await countQuery({ pk, sk })).toBe(want.length);
      const page = await queryPage<{ label: string }>({ pk, sk, limit: 200 });
      expect(page.items.map((i) => i.label)).toEqual(want);
      expect((await queryAll<{ label: string }>({ pk, sk })).map((i) => i.label)).toEqual(want);
    },
  );

  it("lists return clean records: no key attributes leave server/db", async () => {
    const page = await queryPage<Record<string, unknown>>({ pk });
    expect(page.items[0]).toEqual({ label: "A#1" });
  });
});
