import { reciprocalRankFusion } from "./fusion";
import { analyze, documentFrequencies, expansionTerms, features, matchScore } from "./lexicon/lexicon";
import type { Passage } from "./types";

/**
 * The question as the keyword search should read it: the person's words, then the building-vocabulary words
 * that mean the same in English, Spanish and Portuguese ("¿a qué hora es la salida?" also looks for
 * "check-out", "depart", "saída"…). Every adapter gets the same text, so OpenSearch gains what LanceDB does.
 */
export function expandQuery(query: string): string {
  const extra = expansionTerms(analyze(query));
  return extra.length ? `${query} ${extra.join(" ")}` : query;
}

/**
 * Re-ranks an adapter's candidates with the lexical layer (stems and building concepts, weighted by how rare
 * they are among the candidates) and fuses that order with the adapter's own by reciprocal rank fusion: a
 * passage both the index and the vocabulary like rises, one only the vocabulary likes still gets a place.
 */
const passageFeatures = new Map<string, Map<string, number>>();
/** A passage's features, remembered: the same chunks come back query after query. */
function featuresOf(p: Passage): Map<string, number> {
  const key = `${p.chunkId}\u0000${p.title}\u0000${p.text}`;
  let f = passageFeatures.get(key);
  if (!f) {
    f = features(analyze(`${p.title}\n${p.text}`, "en"));
    if (passageFeatures.size >= 5_000) passageFeatures.clear();
    passageFeatures.set(key, f);
  }
  return f;
}

export function lexicalRerank(query: string, candidates: Passage[]): Passage[] {
  if (candidates.length < 2) return candidates;
  const q = features(analyze(query));
  const docs = candidates.map(featuresOf);
  const df = documentFrequencies(docs);
  const lexical = candidates
    .map((p, i) => ({ p, i, s: matchScore(q, docs[i], df, candidates.length).score }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.p);
  return reciprocalRankFusion([candidates, lexical], (p) => p.chunkId).map(({ item, score }) => ({
    ...item,
    score,
  }));
}
