import { describe, expect, it } from "vitest";
import { chunkDocument } from "./chunk";

const para = (word: string, n: number) => Array.from({ length: n }, (_, i) => `${word}${i}`).join(" ");

describe("chunkDocument", () => {
  it("starts a passage at each heading and keeps the heading in it", () => {
    const text = `# Rules\n\n## Quiet hours\n${para("quiet", 40)}\n\n## Pets\n${para("pet", 40)}`;
    const chunks = chunkDocument(text);
    expect(chunks.map((c) => c.heading)).toEqual(["Quiet hours", "Pets"]);
    expect(chunks[0].text.startsWith("## Quiet hours")).toBe(true);
    expect(chunks[1].text).toContain("pet39");
    expect(chunks[1].text).not.toContain("quiet");
  });

  it("merges sections too small to stand alone", () => {
    const chunks = chunkDocument("## A\nshort one.\n\n## B\nshort two.");
    expect(chunks).toHaveLength(1);
    expect(chunks[0].text).toContain("short one.");
    expect(chunks[0].text).toContain("## B");
  });

  it("splits a long section into passages of at most maxChars that overlap", () => {
    const paragraphs = Array.from({ length: 12 }, (_, i) => `Paragraph ${i}. ${para(`w${i}x`, 18)}.`);
    const chunks = chunkDocument(`## Long\n${paragraphs.join("\n\n")}`, { maxChars: 600, overlap: 100 });
    expect(chunks.length).toBeGreaterThan(2);
    for (const c of chunks) expect(c.text.length).toBeLessThanOrEqual(600);
    for (let i = 1; i < chunks.length; i++) {
      const previous = chunks[i - 1].text;
      const carried = chunks[i].text.split("\n\n")[1].replace(/^…/, "");
      expect(carried.length).toBeGreaterThan(40);
      expect(previous.endsWith(carried)).toBe(true);
      expect(chunks[i].text.startsWith("## Long")).toBe(true);
    }
    // nothing lost: every paragraph's last word is in some passage
    for (let i = 0; i < 12; i++) expect(chunks.some((c) => c.text.includes(`w${i}x17.`))).toBe(true);
  });

  it("cuts a paragraph with no breaks and handles plain text and empty input", () => {
    const chunks = chunkDocument("x".repeat(2000), { maxChars: 700 });
    expect(chunks.length).toBeGreaterThanOrEqual(3);
    for (const c of chunks) expect(c.text.length).toBeLessThanOrEqual(700);
    expect(chunkDocument("   \n\n ")).toEqual([]);
    expect(chunkDocument("Just one line.")).toEqual([{ ordinal: 0, text: "Just one line.", heading: null }]);
  });

  it("numbers passages in order", () => {
    const chunks = chunkDocument(`## A\n${para("a", 120)}\n\n## B\n${para("b", 120)}`);
    expect(chunks.map((c) => c.ordinal)).toEqual(chunks.map((_, i) => i));
  });
});
