import { createHash } from "node:crypto";
import type { Embedder } from "./embedder";

/**
 * A deterministic embedder that needs no model weights and no network: hashed word, word-pair and character
 * trigram features in 384 dimensions, L2-normalised. It matches words, their inflections and misspellings
 * (trigrams), not meanings; with full-text search fused on top it is good enough for a building's handbook.
 */
export const OFFLINE_DIMENSIONS = 384;

const STOPWORDS = new Set(
  (
    "a an and are as at be by can do does for from has have how i if in is it its me my of on or our " +
    "should so that the their there this to us was we what when where which who why will with you your"
  ).split(" "),
);

/** Lower case, accents removed, split into words, stop words and one-letter words dropped, crude plural fold. */
export function normalizeWords(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1 && !STOPWORDS.has(w))
    .map((w) => (w.length > 4 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w));
}

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
  const words = normalizeWords(text);
  // Sub-linear term frequency: a word repeated ten times is not ten times as telling.
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  for (const [w, n] of counts) {
    const tf = 1 + Math.log(n);
    add(`w:${w}`, 1.0 * tf);
    const padded = `^${w}$`;
    for (let i = 0; i + 3 <= padded.length; i++) add(`t:${padded.slice(i, i + 3)}`, 0.35 * tf);
  }
  for (let i = 0; i + 1 < words.length; i++) add(`b:${words[i]} ${words[i + 1]}`, 0.5);
  let norm = 0;
  for (const x of v) norm += x * x;
  norm = Math.sqrt(norm);
  return Array.from(v, (x) => (norm > 0 ? x / norm : 0));
}

export function offlineEmbedder(): Embedder {
  return {
    id: `offline-v1-${OFFLINE_DIMENSIONS}`,
    dimensions: OFFLINE_DIMENSIONS,
    embed: async (texts) => texts.map(embedOffline),
  };
}
