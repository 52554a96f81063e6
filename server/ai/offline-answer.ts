import "server-only";
import { phrase } from "./phrases";
import type { ParsedPrompt } from "./prompt";

/**
 * The offline model's answer from passages: the paragraphs sharing most words with the question, quoted with
 * their source number. No paraphrase: without a model, quoting is the honest way to answer.
 */
const STOP = new Set(
  "the and for are what when where how who which with that this from have has can you your our about is does do las los del que con para una por como cuál cuándo dónde qué the uma com para que como quando onde qual são está".split(
    " ",
  ),
);

const terms = (s: string) =>
  s
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3 && !STOP.has(w))
    .map((w) => w.slice(0, 5));

type Scored = { sourceId: number; text: string; score: number };

function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

function bestParagraphs(question: string, sources: ParsedPrompt["sources"]): Scored[] {
  const q = new Set(terms(question));
  if (q.size === 0) return [];
  const scored: Scored[] = [];
  sources.forEach((s, rank) => {
    for (const p of paragraphs(s.text)) {
      const words = new Set(terms(p));
      let hits = 0;
      for (const t of q) if (words.has(t)) hits++;
      // the retrieval order breaks ties: an earlier source is a better source
      if (hits > 0) scored.push({ sourceId: s.id, text: p, score: hits - rank * 0.01 });
    }
  });
  return scored.sort((a, b) => b.score - a.score);
}

const quoteOf = (p: string) => {
  const body = p
    .split("\n")
    .filter((l) => !/^\s*#/.test(l))
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
  return body.length > 500 ? `${body.slice(0, 497)}…` : body;
};

export function answerFromSources(question: string, prompt: ParsedPrompt): string {
  const best = bestParagraphs(question, prompt.sources);
  const top = best[0];
  if (!top) return phrase(prompt.language, "noAnswer", { contact: prompt.contact || "staff" });
  const picked = [top];
  const second = best.find((s) => s.sourceId !== top.sourceId || s.text !== top.text);
  if (second && second.score >= top.score * 0.8 && quoteOf(second.text)) picked.push(second);
  const quotes = picked.map((s) => `> ${quoteOf(s.text)} [${s.sourceId}]`).join("\n>\n");
  return `${phrase(prompt.language, "fromDocuments")}\n\n${quotes}`;
}
