import { createHash } from "node:crypto";
import { analyze } from "../lexicon/lexicon";
import type { Embedder } from "./embedder";

/**
 * A deterministic embedder that needs no model weights and no network: hashed features of the lexical layer
 * (server/search/lexicon): word stems in the text's language, their character trigrams (misspellings), stem
 * pairs, and the building-vocabulary concepts the text carries, in 384 dimensions, L2-normalised. Concepts are
 * shared across phrasing and language, so "when must we vacate?", "¿a qué hora es la salida?" and "Check-out is
 * by 10:30" land close together; with full-text search fused on top it is good enough for a building's handbook.
 */
export const OFFLINE_DIMENSIONS = 384;
const cache = new Map<string, [number, number]>();
/** Feature → (bucket, sign). md5 is stable across processes and platforms, which is all that matters here. */
function bucket(feature: string): [number, number] {
  let hit = cache.get(feature);
  if (!hit) {
    const h = createHash("md5").update(feature).digest();
    hit = [h.readUInt32LE(0) % OFFLINE_DIMENSIONS, h[4] & 1 ? 1 : -1];
    if (cache.size > 200_000) cache.clear();
    cache.set(feature, hit);
  }
  return hit;
}

export function embedOffline(text: string): number[] {
  const v = new Float64Array(OFFLINE_DIMENSIONS);
  const add = (feature: string, weight: number) => {
    const [i, sign] = bucket(feature);
    v[i] += sign * weight;
  };
  const { terms, concepts } = analyze(text);
  // Sub-linear term frequency: a word repeated ten times is not ten times as telling.
  const counts = new Map<string, number>();
  for (const w of terms) counts.set(w, (counts.get(w) ?? 0) + 1);
  for (const [w, n] of counts) {
    const tf = 1 + Math.log(n);
    add(`w:${w}`, 1.0 * tf);
    const padded = `^${w}$`;
    for (let i = 0; i + 3 <= padded.length; i++) add(`t:${padded.slice(i, i + 3)}`, 0.3 * tf);
  }
  for (let i = 0; i + 1 < terms.length; i++) add(`b:${terms[i]} ${terms[i + 1]}`, 0.5);
  for (const [id, weight] of concepts) add(`c:${id}`, 2.0 * weight);
  let norm = 0;
  for (const x of v) norm += x * x;
  norm = Math.sqrt(norm);
  return Array.from(v, (x) => (norm > 0 ? x / norm : 0));
}

export function offlineEmbedder(): Embedder {
  return {
    id: `offline-v2-${OFFLINE_DIMENSIONS}`,
    dimensions: OFFLINE_DIMENSIONS,
    embed: async (texts) => texts.map(embedOffline),
  };
}
