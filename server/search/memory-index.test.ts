import { describe, expect, it } from "vitest";
import type { Audience } from "@/lib/domain/knowledge-document";
import { ftsTerms, type IndexedChunk, MemoryIndex } from "./memory-index";

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const AUDIENCE_SETS: Audience[][] = [["guest", "resident", "staff"], ["resident", "staff"], ["staff"]];
const WORDS =
  "pool towels parking garage trash bins wifi password laundry dryer pets leash gym parcels".split(" ");

/** 600 chunks of random sparse-ish vectors and words over two buildings, kept beside the index for a scan. */
function fixture(dims = 16) {
  const r = rng(7);
  const index = new MemoryIndex(dims);
  const all: { chunk: IndexedChunk; vector: number[] }[] = [];
  for (let d = 0; d < 60; d++) {
    const chunks = Array.from({ length: 10 }, (_, i) => ({
      chunk: {
        chunkId: `doc${d}:${i}`,
        documentId: `doc${d}`,
        buildingId: d % 2 ? "b" : "a",
        title: `Doc ${d}`,
        text: Array.from({ length: 12 }, () => WORDS[Math.floor(r() * WORDS.length)]).join(" "),
        ordinal: i,
        audience: AUDIENCE_SETS[d % 3],
      },
      vector: Array.from({ length: dims }, () => (r() < 0.4 ? r() * 2 - 1 : 0)),
    }));
    index.replaceDocument(d % 2 ? "b" : "a", `doc${d}`, chunks);
    all.push(...chunks);
  }
  return { index, all, r };
}

const cosine = (a: number[], b: number[]) => {
  let dot = 0;
  let na = 0;
  let nb = 0;
  a.forEach((x, i) => {
    dot += x * b[i];
    na += x * x;
    nb += b[i] * b[i];
  });
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
};

/** The exact answer: every chunk of the building that the audiences may see, by cosine, best first. */
function scan(
  all: { chunk: IndexedChunk; vector: number[] }[],
  buildingId: string,
  audiences: Audience[],
  q: number[],
) {
  return all
    .filter(
      ({ chunk }) => chunk.buildingId === buildingId && chunk.audience.some((a) => audiences.includes(a)),
    )
    .map(({ chunk, vector }) => ({ id: chunk.chunkId, s: cosine(q, vector) }))
    .sort((x, y) => y.s - x.s);
}

describe("MemoryIndex", () => {
  it("ranks by vector exactly as a brute-force cosine scan, within the building and audiences", () => {
    const { index, all, r } = fixture();
    for (let t = 0; t < 20; t++) {
      const q = Array.from({ length: 16 }, () => (r() < 0.3 ? r() * 2 - 1 : 0));
      const audiences: Audience[] = t % 2 ? ["guest"] : ["resident"];
      const { byVector } = index.search({ buildingId: "a", audiences, vector: q, text: "", depth: 20 });
      const expected = scan(all, "a", audiences, q).slice(0, 20);
      // equal scores may come in either order: compare the scores in rank order and the sets above the 20th
      const score = new Map(scan(all, "a", audiences, q).map((x) => [x.id, x.s]));
      expect(byVector.map((c) => score.get(c.chunkId))).toEqual(expected.map((x) => expect.closeTo(x.s, 5)));
      expect(
        byVector.every((c) => c.buildingId === "a" && c.audience.some((a) => audiences.includes(a))),
      ).toBe(true);
    }
  });

  it("text search returns only chunks with a query term, rarer terms first, and follows replacements and removals", () => {
    const { index } = fixture();
    const before = index.search({ buildingId: "a", audiences: ["staff"], text: "zebra towels", depth: 50 });
    expect(before.byText.length).toBeGreaterThan(0);
    expect(before.byText.every((c) => ftsTerms(c.text).includes(ftsTerms("towels")[0]))).toBe(true);
    // a new document with a word no other chunk has: found first at once, and gone once removed
    index.replaceDocument("a", "doc0", [
      {
        chunk: {
          chunkId: "doc0:0",
          documentId: "doc0",
          buildingId: "a",
          title: "Zoo",
          text: "zebras on the towels",
          ordinal: 0,
          audience: ["staff"],
        },
        vector: [1],
      },
    ]);
    const after = index.search({ buildingId: "a", audiences: ["staff"], text: "zebra towels", depth: 50 });
    expect(after.byText[0].chunkId).toBe("doc0:0");
    expect(after.byText.filter((c) => c.documentId === "doc0")).toHaveLength(1);
    index.removeDocument("a", "doc0");
    const gone = index.search({ buildingId: "a", audiences: ["staff"], text: "zebra", depth: 50 });
    expect(gone.byText).toEqual([]);
    expect(index.search({ buildingId: "a", audiences: ["guest"], text: "zebra", depth: 5 }).byText).toEqual(
      [],
    );
  });

  it("gives the same answers after removed rows are compacted away", () => {
    const { index, all, r } = fixture();
    const q = Array.from({ length: 16 }, () => r() * 2 - 1);
    const ask = () =>
      index.search({ buildingId: "a", audiences: ["staff"], vector: q, text: "pool leash", depth: 10 });
    // re-upload every document of building a until removed slots outnumber live ones (compaction runs)
    for (let round = 0; round < 5; round++)
      for (let d = 0; d < 60; d += 2)
        index.replaceDocument(
          "a",
          `doc${d}`,
          all.filter(({ chunk }) => chunk.documentId === `doc${d}`),
        );
    const expected = scan(all, "a", ["staff"], q)
      .slice(0, 10)
      .map((x) => x.s);
    const got = ask();
    const score = new Map(scan(all, "a", ["staff"], q).map((x) => [x.id, x.s]));
    expect(got.byVector.map((c) => score.get(c.chunkId))).toEqual(expected.map((s) => expect.closeTo(s, 5)));
    expect(index.size).toBe(600);
  });

  it("reads words as LanceDB's full-text index did: lower case, English stems, stop words out, accents folded", () => {
    expect(ftsTerms("The Swimming-Pools are OPEN in Café")).toEqual(["swim", "pool", "open", "cafe"]);
  });
});
