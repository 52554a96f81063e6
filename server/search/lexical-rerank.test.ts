import { describe, expect, it } from "vitest";
import { expandQuery, lexicalRerank } from "./lexical-rerank";
import type { Passage } from "./types";

const passage = (id: string, text: string): Passage => ({
  documentId: "d",
  title: "Guest manual",
  chunkId: id,
  text,
  score: 0,
  audience: ["guest"],
});

describe("the lexical re-rank", () => {
  it("lifts the passage that means what the question asks above one that only shares its words", () => {
    const candidates = [
      passage("luggage", "## Luggage\nBags can stay in the apartment building's locker room until 18:00."),
      passage("parking", "## Parking\nLeave the car in the garage; the apartment has one space."),
      passage("checkout", "## Departure and check-out\nCheck-out is by 10:30."),
    ];
    const ranked = lexicalRerank("By when must we vacate the apartment when we depart?", candidates);
    // the adapter ranked it last; fused with the lexical order it passes the parking passage
    expect(ranked.map((p) => p.chunkId).indexOf("checkout")).toBeLessThan(
      ranked.map((p) => p.chunkId).indexOf("parking"),
    );
    expect(ranked.map((p) => p.chunkId).sort()).toEqual(["checkout", "luggage", "parking"]);
  });

  it("gives the keyword search the vocabulary's words for a question in another language", () => {
    const q = expandQuery("¿Dónde está la llave de paso?");
    expect(q.startsWith("¿Dónde está la llave de paso?")).toBe(true);
    expect(q).toContain("valve");
    expect(q).toContain("stopcock");
  });
});
