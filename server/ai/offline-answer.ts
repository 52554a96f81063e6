import "server-only";
import { analyze, detectLanguage, documentFrequencies, features, type Lang } from "../search/lexicon/lexicon";
import { phrase } from "./phrases";
import type { ParsedPrompt } from "./prompt";

/**
 * The offline model's answer from passages: the few sentences that best cover the question, quoted with their
 * source number. Sentences are read through the lexical layer (stems and building concepts, in any of the three
 * languages) together with their section heading, so "¿dónde está la llave de paso?" finds "close the main water
 * valve". A question whose weighted words the best sentence covers less than `MIN_COVERAGE` of is not in the
 * documents: the answer says so. No paraphrase: without a model, quoting is the honest way to answer.
 */
export const MIN_COVERAGE = 0.45;
export const MIN_COVERAGE_AFTER_ACTION = 0.3;
/** a question whose words the documents lack (and the vocabulary does not know) weigh this much is not answered */
export const MAX_UNKNOWN = 0.4;
const MAX_PARAGRAPHS = 3;

type Sentence = { text: string; own: Map<string, number> };
type Paragraph = {
  sourceId: number;
  rank: number;
  sentences: Sentence[];
  /** the paragraph's own features, and with its section heading's */
  own: Map<string, number>;
  all: Map<string, number>;
};

function paragraphsOf(sources: ParsedPrompt["sources"]): Paragraph[] {
  const out: Paragraph[] = [];
  sources.forEach((s, rank) => {
    // a source is read in its own language (a Spanish handbook with Spanish stems); one sentence is too short
    // to tell, so the whole source decides
    const lang = readingLanguage(s.text);
    let heading = "";
    for (const block of s.text.split(/\n\s*\n/)) {
      const body: string[] = [];
      for (const line of block.split("\n")) {
        const h = /^\s*#{1,6}\s+(.+)$/.exec(line);
        if (h) heading = h[1];
        else body.push(line);
      }
      const text = body.join(" ").replace(/^…/, "").replace(/\s+/g, " ").trim();
      if (!text) continue;
      const sentences = (text.match(/[^.!?]+(?:[.!?]+(?=\s|$)|$)/g) ?? [text])
        .map((t) => t.trim())
        .filter((t) => t.length >= 3)
        .map((t) => ({ text: t, own: features(analyze(t, lang)) }));
      const own = new Map(sentences.flatMap((x) => [...x.own]));
      const headingFeatures = heading ? features(analyze(heading, lang)) : new Map<string, number>();
      out.push({ sourceId: s.id, rank, sentences, own, all: new Map([...headingFeatures, ...own]) });
    }
  });
  return out;
}

/** The language a document is read in: Spanish or Portuguese when it clearly is, else English. */
export function readingLanguage(text: string): Lang {
  const detected = detectLanguage(text.slice(0, 3000));
  return detected === "es" || detected === "pt" ? detected : "en";
}

/** The question's features; a follow-up's own words count double against the previous question's. */
function questionFeatures(question: string, context?: string): Map<string, number> {
  const f = features(analyze(question));
  if (!context) return f;
  const merged = features(analyze(context));
  for (const [k, w] of f) merged.set(k, (merged.get(k) ?? 0) + 2 * w);
  return merged;
}

export type Picked = { sourceId: number; text: string };

/**
 * What answers the question, best first; [] when the documents do not answer it. Paragraphs are picked greedily
 * by how much of the question (each feature weighted by its rarity among the paragraphs) they add, their own
 * words counting twice and their heading's once, until the next adds little or three are picked. The picked
 * ones must together cover `MIN_COVERAGE` of the question, and words no paragraph has and the vocabulary does
 * not know may not weigh more than `MAX_UNKNOWN` of it ("Is there a sauna?"). From a long paragraph only the
 * sentences that share something with the question are quoted: answers stay short.
 */
export function pickSentences(
  question: string,
  sources: ParsedPrompt["sources"],
  context?: string,
  /** after an action: the facts around it are worth quoting even when they answer part of the question */
  lenient = false,
): Picked[] {
  const minCoverage = lenient ? MIN_COVERAGE_AFTER_ACTION : MIN_COVERAGE;
  const q = questionFeatures(question, context);
  if (q.size === 0) return [];
  const paragraphs = paragraphsOf(sources);
  if (!paragraphs.length) return [];
  const df = documentFrequencies(paragraphs.map((s) => s.all));
  const n = paragraphs.length;
  // Asked in another language than the documents': a word neither they nor the vocabulary know is a word the
  // offline layer cannot translate, not a sign that the documents lack the answer. Only concepts and shared
  // words (names, numbers, "wifi") can match.
  const docLang = detectLanguage(
    paragraphs
      .map((p) => p.sentences.map((x) => x.text).join(" "))
      .join(" ")
      .slice(0, 3000),
  );
  const askedIn = analyze(context ? `${context} ${question}` : question).lang;
  if (askedIn !== (docLang ?? "en")) {
    for (const f of [...q.keys()]) if (f.startsWith("s:") && !df.has(f)) q.delete(f);
    if (q.size === 0) return [];
  }
  const weight = new Map<string, number>();
  for (const [f, w] of q) weight.set(f, w * Math.log(1 + (n + 1) / ((df.get(f) ?? 0) + 0.5)));
  const total = [...weight.values()].reduce((a, b) => a + b, 0);
  let unknown = 0;
  for (const [f, w] of weight) if (!df.has(f) && f.startsWith("s:") && (q.get(f) ?? 0) >= 1) unknown += w;
  if (!lenient && unknown > total * MAX_UNKNOWN) return [];
  const covered = new Set<string>();
  const gainOf = (of: Map<string, number>) => {
    let g = 0;
    for (const [f, w] of weight) if (!covered.has(f) && of.has(f)) g += w;
    return g;
  };
  const picked: Paragraph[] = [];
  while (picked.length < MAX_PARAGRAPHS) {
    let best: { p: Paragraph; g: number } | undefined;
    for (const p of paragraphs) {
      if (picked.includes(p)) continue;
      // a focused paragraph beats a long one that mentions the same thing in passing
      const g = gainOf(p.all) + gainOf(p.own) - 0.02 * p.own.size;
      if (g > 0 && (!best || g > best.g || (g === best.g && p.rank < best.p.rank))) best = { p, g };
    }
    const added = best ? gainOf(best.p.all) : 0;
    if (!best || added <= 0 || (picked.length > 0 && added < total * 0.2)) break;
    picked.push(best.p);
    for (const f of best.p.all.keys()) covered.add(f);
  }
  let coverage = 0;
  for (const [f, w] of weight) if (covered.has(f)) coverage += w;
  if (!picked.length || coverage < total * minCoverage) return [];
  return picked.map((p) => ({ sourceId: p.sourceId, text: shorten(p, weight) }));
}

/** A paragraph of more than two sentences is cut to the ones that share a feature with the question. */
function shorten(p: Paragraph, weight: Map<string, number>): string {
  if (p.sentences.length <= 3) return p.sentences.map((s) => s.text).join(" ");
  const keep = p.sentences.filter((s) => [...s.own.keys()].some((f) => weight.has(f)));
  return (keep.length ? keep : p.sentences).map((s) => s.text).join(" ");
}

const languageName = (code: string, inLanguage: string) => {
  try {
    return new Intl.DisplayNames([inLanguage], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
};

/** The quotes, one line per source, each cited `[n]`; sentences of one source are quoted together. */
export function quoteBlock(picked: Picked[]): string {
  const bySource = new Map<number, string[]>();
  for (const p of picked) bySource.set(p.sourceId, [...(bySource.get(p.sourceId) ?? []), p.text]);
  return [...bySource]
    .map(([id, texts]) => {
      const body = texts.join(" ");
      return `> ${body.length > 500 ? `${body.slice(0, 497)}…` : body} [${id}]`;
    })
    .join("\n>\n");
}

/**
 * The answer from the documents, in the reply language: a lead line (saying which language the quotes are in
 * when it is not the reply's) and the quotes. `null` when the documents do not answer (`orNotFound: false`),
 * else the "not in the documents" phrase.
 */
export function answerFromSources(
  question: string,
  prompt: ParsedPrompt,
  opts: { context?: string; orNotFound?: boolean } = {},
): string {
  return (
    documentAnswer(question, prompt, opts.context) ??
    (opts.orNotFound === false
      ? ""
      : phrase(prompt.language, "noAnswer", { contact: prompt.contact || "staff" }))
  );
}

export function documentAnswer(question: string, prompt: ParsedPrompt, context?: string): string | null {
  const picked = pickSentences(question, prompt.sources, context);
  if (!picked.length) return null;
  const quoted = picked.map((p) => p.text).join(" ");
  const docLang = detectLanguage(quoted);
  const reply = prompt.language;
  const base = (l: string) => l.split("-")[0];
  const lead =
    docLang && base(docLang) !== base(reply)
      ? phrase(reply, "fromDocumentsIn", { language: languageName(docLang, reply) })
      : phrase(reply, "fromDocuments");
  return `${lead}\n\n${quoteBlock(picked)}`;
}
