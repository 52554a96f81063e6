import { newStemmer } from "snowball-stemmers";
import { deu, eng, fra, ita, por, porBr, spa } from "stopword";
import { CONCEPTS } from "./vocabulary";

/**
 * The offline lexical layer: what a text means in words a search can match across phrasing and language.
 * - words are stemmed per language with the Snowball stemmers (English, Spanish, Portuguese), accents folded;
 * - stop words of the three languages are dropped (the `stopword` lists, plus question words);
 * - phrases of the building vocabulary (./vocabulary.ts) are recognised as concepts in any of the three
 *   languages, so "vacate" and "salida" both carry `check_out`, as "Check-out is by 10:30" does.
 * The embedded index, the OpenSearch and Bedrock paths and the offline model all read a text through `analyze`.
 */
export type Lang = "en" | "es" | "pt";
/** Languages recognised for a note ("I answer in …"), without stemming or vocabulary. */
export type DetectedLang = Lang | "fr" | "de" | "it";
const LANGS: Lang[] = ["en", "es", "pt"];

const STEMMERS = {
  en: newStemmer("english"),
  es: newStemmer("spanish"),
  pt: newStemmer("portuguese"),
};

export const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** Words as they are written (lower case, accents kept: the Portuguese stemmer reads them). */
export function tokenize(text: string): string[] {
  return (
    text
      .normalize("NFC")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

const folded = (words: string[]) => new Set(words.map(fold));
const QUESTION_WORDS =
  "go goes going put find onto into here when does did will would shall must have has had time please can could would may might there here get got want need tell know much many also just really yes hi hello " +
  "puedo puede podemos hay por favor quiero necesito cual cuales donde cuando como cuanto cuanta cuantos cuantas " +
  "posso pode podemos tem quero preciso qual quais onde quando como quanto quanta quantos quantas voces voce";
const STOP_BY_LANG: Record<DetectedLang, Set<string>> = {
  en: folded(eng),
  es: folded(spa),
  pt: folded([...por, ...porBr]),
  fr: folded(fra),
  de: folded(deu),
  it: folded(ita),
};
const STOP = new Set([
  ...STOP_BY_LANG.en,
  ...STOP_BY_LANG.es,
  ...STOP_BY_LANG.pt,
  ...QUESTION_WORDS.split(" "),
]);

export const isStopWord = (word: string) => STOP.has(fold(word));

export function stem(word: string, lang: Lang): string {
  if (/\d/.test(word)) return fold(word);
  return fold(STEMMERS[lang].stem(word.toLowerCase()));
}

/**
 * The language a text is written in, from its stop words and letters; null when too short or unclear
 * ("wifi?"). Only the languages the concierge can recognise are told apart.
 */
export function detectLanguage(text: string): DetectedLang | null {
  const tokens = tokenize(text);
  const words = tokens.map(fold);
  const score: Record<DetectedLang, number> = { en: 0, es: 0, pt: 0, fr: 0, de: 0, it: 0 };
  // the stop-word lists of Spanish and Portuguese share most words (and each holds some of the other's), so the
  // everyday words only one of the two has decide between them
  for (const t of tokens) {
    if (ONLY_ES.has(t)) score.es += 1;
    else if (ONLY_PT.has(t)) score.pt += 1;
  }
  for (const w of words) {
    const hits = (Object.keys(STOP_BY_LANG) as DetectedLang[]).filter((l) => STOP_BY_LANG[l].has(w));
    // a word several languages share counts less than one only one language has
    for (const l of hits) score[l] += 1 / hits.length;
  }
  if (/[¿¡ñ]/i.test(text)) score.es += 2;
  if (/[ãõ]|ção|ções/i.test(text)) score.pt += 2;
  if (/[ç]/i.test(text) && !/[ãõ]/i.test(text)) score.fr += 0.5;
  if (/[ß]|[äöü]/i.test(text)) score.de += 2;
  if (/\b(qual|voc[eê]s?|tem|posso|onde|quando|como|não|meu|minha)\b/i.test(text)) score.pt += 0.5;
  if (/\b(cu[aá]l|d[oó]nde|cu[aá]ndo|puedo|hay|mi|qu[eé])\b/i.test(text)) score.es += 0.5;
  const ranked = (Object.entries(score) as [DetectedLang, number][]).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (best[1] < 1 || best[1] - second[1] < 0.5) return null;
  return best[0];
}

const ONLY_ES = new Set(
  "el los las del y una unas hay muy pero con es son puede debe después también aquí están".split(" "),
);
const ONLY_PT = new Set(
  "o os da dos das não é em na nos nas um uma com ao às você são pode deve depois também aqui fica".split(
    " ",
  ),
);

type Phrase = { concept: string; lang: Lang; stems: string[]; words: string[]; weight: number };
const PHRASES_BY_FIRST = new Map<string, Phrase[]>();
for (const concept of CONCEPTS) {
  for (const lang of LANGS) {
    for (const term of concept[lang]) {
      const words = tokenize(term);
      const stems = words.map((t) => stem(t, lang));
      if (!stems.length) continue;
      const key = `${lang}:${stems[0]}`;
      const list = PHRASES_BY_FIRST.get(key) ?? [];
      list.push({ concept: concept.id, lang, stems, words: words.map(fold), weight: concept.weight ?? 1 });
      PHRASES_BY_FIRST.set(key, list);
    }
  }
}

export type Analysis = {
  /** the language the text was read in */
  lang: Lang;
  /** stems of the content words, in order (numbers kept whole) */
  terms: string[];
  /** the stems of `terms` that are part of a vocabulary phrase (the concept already says what they mean) */
  inConcepts: Set<string>;
  /** the building-vocabulary concepts the text carries, with their weight */
  concepts: Map<string, number>;
};

/** Stems and concepts of a text. `lang` defaults to the detected language, else English. */
export function analyze(text: string, lang?: Lang): Analysis {
  const detected = detectLanguage(text);
  const reading: Lang = lang ?? (detected === "es" || detected === "pt" ? detected : "en");
  const tokens = tokenize(text);
  const stems = tokens.map((t) => ({ en: stem(t, "en"), es: stem(t, "es"), pt: stem(t, "pt") }));
  const found: { concept: string; weight: number; from: number; to: number }[] = [];
  tokens.forEach((_, i) => {
    for (const l of LANGS) {
      for (const p of PHRASES_BY_FIRST.get(`${l}:${stems[i][l]}`) ?? []) {
        // A short stem matches only the very word ("sala" is not "salida"), and another language's phrase only
        // on stems long enough not to collide ("here" is not "herida").
        const crossLanguage = p.lang !== reading;
        const matches = p.stems.every((s, j) => {
          if (stems[i + j]?.[p.lang] !== s) return false;
          if (/\d/.test(s)) return true;
          if (crossLanguage) return s.length >= 5 || (fold(tokens[i + j]) === p.words[j] && s.length >= 4);
          return s.length >= 4 || fold(tokens[i + j]) === p.words[j];
        });
        if (matches) found.push({ concept: p.concept, weight: p.weight, from: i, to: i + p.stems.length });
      }
    }
  });
  // a phrase inside a longer one is not read on its own: "llave de paso" is the water valve, not a key
  const kept = found.filter(
    (m) => !found.some((o) => o.to - o.from > m.to - m.from && o.from <= m.from && o.to >= m.to),
  );
  const concepts = new Map<string, number>();
  const consumed = new Set<number>();
  for (const m of kept) {
    concepts.set(m.concept, Math.max(concepts.get(m.concept) ?? 0, m.weight));
    for (let j = m.from; j < m.to; j++) consumed.add(j);
  }
  const content = tokens
    .map((t, i) => ({ t, i, s: stems[i][reading] }))
    .filter(({ t }) => !isStopWord(t) && (t.length > 1 || /\d/.test(t)));
  const terms = content.map(({ s }) => s);
  // a stem is "in a concept" only when every one of its occurrences is part of a vocabulary phrase
  const inConcepts = new Set<string>();
  const free = new Set<string>();
  for (const { s, i } of content) (consumed.has(i) ? inConcepts : free).add(s);
  for (const s of free) inConcepts.delete(s);
  return { lang: reading, terms, inConcepts, concepts };
}

/** Words of the vocabulary that say what the text's concepts say, in all three languages (for keyword search). */
export function expansionTerms(a: Pick<Analysis, "concepts">, max = 40): string[] {
  const out = new Set<string>();
  for (const id of a.concepts.keys()) {
    const concept = CONCEPTS.find((c) => c.id === id);
    if (!concept) continue;
    for (const term of [...concept.en, ...concept.es, ...concept.pt]) out.add(term);
  }
  return [...out].slice(0, max);
}

/**
 * The weighted features of an analysis: `c:concept` per concept (2 × its weight), `s:stem` per content word
 * (1, or 0.25 when a concept already carries it: "contraseña" says no more than `wifi` does, and an English
 * passage never has the word).
 */
export function features(a: Analysis): Map<string, number> {
  const f = new Map<string, number>();
  for (const t of a.terms) f.set(`s:${t}`, a.inConcepts.has(t) ? 0.25 : 1);
  for (const [id, w] of a.concepts) f.set(`c:${id}`, 2 * w);
  return f;
}

/**
 * How well a passage answers a query, BM25-like over the features: each shared feature adds its weight times
 * its rarity among the candidates (`df`, out of `n`). `coverage` is the share of the query's weighted features
 * the passage has (a feature no candidate has counts as rare).
 */
export function matchScore(
  query: Map<string, number>,
  passage: Map<string, number>,
  df: Map<string, number>,
  n: number,
): { score: number; coverage: number } {
  let score = 0;
  let total = 0;
  for (const [f, w] of query) {
    const idf = Math.log(1 + (n + 1) / ((df.get(f) ?? 0) + 0.5));
    total += w * idf;
    if (passage.has(f)) score += w * idf;
  }
  return { score, coverage: total > 0 ? score / total : 0 };
}

export function documentFrequencies(docs: Map<string, number>[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const d of docs) for (const f of d.keys()) df.set(f, (df.get(f) ?? 0) + 1);
  return df;
}
