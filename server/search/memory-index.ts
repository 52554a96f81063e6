import { newStemmer } from "snowball-stemmers";
import { AUDIENCES, type Audience } from "@/lib/domain/knowledge-document";
import type { ChunkRecord } from "./types";

/**
 * The embedded backend's query path, in process: every chunk's vector in column-major Float32Arrays and an
 * incremental BM25 inverted index, one partition per building. LanceDB stays the store (durable, shared with
 * the seed process); this mirror answers the searches, so a query never pays for rows LanceDB has not folded
 * into its indexes yet, and a write is searchable as soon as it returns.
 *
 * - Vectors: exact cosine (vectors are L2-normalised on insert). Columns are stored per dimension, so a query
 *   costs one pass over the partition per non-zero dimension of the query: the offline embedder's question
 *   vectors have a few dozen, a dense model's all of them (then it is a plain brute-force scan).
 * - Text: BM25 (k1 1.2, b 0.75) over words split on anything not a letter or digit, lower-cased, English stop
 *   words dropped, English Snowball stems, accents folded: the analysis LanceDB's full-text index was given.
 * - Filters (building, audience) are applied before ranking, as the adapters promise.
 */
/** A stored chunk without its vector (the mirror keeps vectors in its columns). */
export type IndexedChunk = Omit<ChunkRecord, "vector">;

const K1 = 1.2;
const B = 0.75;
/** The English stop words of LanceDB's (tantivy's) full-text index. */
const STOP = new Set(
  "a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with".split(
    " ",
  ),
);
const english = newStemmer("english");
const stems = new Map<string, string>();

/** The full-text terms of a text (see the module comment). */
export function ftsTerms(text: string): string[] {
  const out: string[] = [];
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (word.length > 40 || STOP.has(word)) continue;
    let s = stems.get(word);
    if (s === undefined) {
      s = english.stem(word).normalize("NFD").replace(/\p{M}/gu, "");
      if (stems.size > 100_000) stems.clear();
      stems.set(word, s);
    }
    out.push(s);
  }
  return out;
}

const audienceBits = (audience: readonly Audience[]) =>
  AUDIENCES.reduce((m, a, i) => (audience.includes(a) ? m | (1 << i) : m), 0);

type Posting = { slots: number[]; tfs: number[] };

class Partition {
  n = 0;
  live = 0;
  cols: Float32Array[];
  /** audience bits per slot; 0 marks a removed chunk */
  aud = new Uint8Array(0);
  lens = new Float32Array(0);
  chunks: (IndexedChunk | undefined)[] = [];
  postings = new Map<string, Posting>();
  byDocument = new Map<string, number[]>();

  constructor(readonly dims: number) {
    this.cols = Array.from({ length: dims }, () => new Float32Array(0));
  }

  private grow(min: number) {
    const cap = Math.max(min, 64, this.aud.length * 2);
    this.cols = this.cols.map((c) => {
      const next = new Float32Array(cap);
      next.set(c.subarray(0, this.n));
      return next;
    });
    const aud = new Uint8Array(cap);
    aud.set(this.aud.subarray(0, this.n));
    this.aud = aud;
    const lens = new Float32Array(cap);
    lens.set(this.lens.subarray(0, this.n));
    this.lens = lens;
  }

  add(chunk: IndexedChunk, vector: ArrayLike<number>, terms: string[]) {
    if (this.n >= this.aud.length) this.grow(this.n + 1);
    const slot = this.n++;
    let norm = 0;
    for (let d = 0; d < this.dims; d++) norm += (vector[d] ?? 0) * (vector[d] ?? 0);
    const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let d = 0; d < this.dims; d++) this.cols[d][slot] = (vector[d] ?? 0) * inv;
    this.aud[slot] = audienceBits(chunk.audience) || 0x80; // a chunk with no audience stays alive, unseen
    this.lens[slot] = terms.length;
    this.chunks[slot] = chunk;
    const tf = new Map<string, number>();
    for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const [t, c] of tf) {
      let p = this.postings.get(t);
      if (!p) {
        p = { slots: [], tfs: [] };
        this.postings.set(t, p);
      }
      p.slots.push(slot);
      p.tfs.push(c);
    }
    const slots = this.byDocument.get(chunk.documentId);
    if (slots) slots.push(slot);
    else this.byDocument.set(chunk.documentId, [slot]);
    this.live++;
    return tf;
  }

  /** Marks the document's chunks removed; returns their term counts so the index-wide statistics follow. */
  remove(documentId: string): { len: number; terms: Iterable<string> }[] {
    const slots = this.byDocument.get(documentId) ?? [];
    this.byDocument.delete(documentId);
    const out = slots.map((slot) => {
      this.aud[slot] = 0;
      const chunk = this.chunks[slot];
      this.chunks[slot] = undefined;
      this.live--;
      return { len: this.lens[slot], terms: new Set(ftsTerms(chunk?.text ?? "")) };
    });
    return out;
  }

  /** The slots of the best `depth` scores among the first `n` that `mask` lets see (above 0 when `positiveOnly`). */
  private top(scores: Float32Array, n: number, mask: number, depth: number, positiveOnly = false): number[] {
    const best: number[] = [];
    // below `floor` a score cannot enter: the depth-th best once there are `depth`, else -∞ (or 0 for BM25)
    let floor = positiveOnly ? 0 : Number.NEGATIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      const s = scores[i];
      if ((best.length >= depth || positiveOnly) && s <= floor) continue;
      if ((this.aud[i] & mask) === 0) continue;
      let at = best.length;
      while (at > 0 && scores[best[at - 1]] < s) at--;
      best.splice(at, 0, i);
      if (best.length > depth) best.pop();
      if (best.length >= depth) floor = scores[best[best.length - 1]];
    }
    return best;
  }

  vectorSearch(query: Float32Array, mask: number, depth: number, scratch: Float32Array): number[] {
    const n = this.n;
    const scores = scratch.subarray(0, n);
    scores.fill(0);
    for (let d = 0; d < this.dims; d++) {
      const w = query[d];
      if (w === 0) continue;
      const col = this.cols[d];
      for (let i = 0; i < n; i++) scores[i] += w * col[i];
    }
    return this.top(scores, n, mask, depth);
  }

  textSearch(
    terms: string[],
    idf: (t: string) => number,
    avgLen: number,
    mask: number,
    depth: number,
    scratch: Float32Array,
  ): number[] {
    // BM25 scores are positive (idf > 0): a slot left at 0 matched no term
    const scores = scratch.subarray(0, this.n);
    scores.fill(0);
    let matched = false;
    for (const t of new Set(terms)) {
      const p = this.postings.get(t);
      if (!p) continue;
      matched = true;
      const w = idf(t);
      const { slots, tfs } = p;
      for (let j = 0; j < slots.length; j++) {
        const slot = slots[j];
        if ((this.aud[slot] & mask) === 0) continue;
        const tf = tfs[j];
        scores[slot] += (w * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * this.lens[slot]) / avgLen));
      }
    }
    return matched ? this.top(scores, this.n, mask, depth, true) : [];
  }

  /** Rewrites the partition without its removed slots (when they outnumber the live ones). */
  compacted(vectorOf: (slot: number) => Float32Array): Partition {
    const next = new Partition(this.dims);
    next.grow(this.live);
    for (let slot = 0; slot < this.n; slot++) {
      const chunk = this.chunks[slot];
      if (!chunk || this.aud[slot] === 0) continue;
      next.add(chunk, vectorOf(slot), ftsTerms(`${chunk.text}`));
    }
    return next;
  }
}

export class MemoryIndex {
  private partitions = new Map<string, Partition>();
  private df = new Map<string, number>();
  private docs = 0;
  private totalLen = 0;
  private scratch = new Float32Array(0);

  constructor(readonly dims: number) {}

  get size(): number {
    return this.docs;
  }

  private partition(buildingId: string): Partition {
    let p = this.partitions.get(buildingId);
    if (!p) {
      p = new Partition(this.dims);
      this.partitions.set(buildingId, p);
    }
    return p;
  }

  add(chunk: IndexedChunk, vector: ArrayLike<number>) {
    const terms = ftsTerms(chunk.text);
    const tf = this.partition(chunk.buildingId).add(chunk, vector, terms);
    for (const t of tf.keys()) this.df.set(t, (this.df.get(t) ?? 0) + 1);
    this.docs++;
    this.totalLen += terms.length;
  }

  removeDocument(buildingId: string, documentId: string) {
    const p = this.partitions.get(buildingId);
    if (!p) return;
    for (const { len, terms } of p.remove(documentId)) {
      this.docs--;
      this.totalLen -= len;
      for (const t of terms) {
        const n = (this.df.get(t) ?? 1) - 1;
        if (n > 0) this.df.set(t, n);
        else this.df.delete(t);
      }
    }
    if (p.n - p.live > Math.max(1_000, p.live)) {
      this.partitions.set(
        buildingId,
        p.compacted((slot) => Float32Array.from(p.cols, (c) => c[slot])),
      );
    }
  }

  /** Replaces every chunk of the document with these. */
  replaceDocument(
    buildingId: string,
    documentId: string,
    chunks: { chunk: IndexedChunk; vector: ArrayLike<number> }[],
  ) {
    this.removeDocument(buildingId, documentId);
    for (const { chunk, vector } of chunks) this.add(chunk, vector);
  }

  /**
   * The best `depth` chunks of the building that one of the audiences may see, by vector (cosine) and by the
   * full-text score of `text`, as two ranked lists.
   */
  search({
    buildingId,
    audiences,
    vector,
    text,
    depth,
  }: {
    buildingId: string;
    audiences: readonly Audience[];
    vector?: ArrayLike<number>;
    text: string;
    depth: number;
  }): { byVector: IndexedChunk[]; byText: IndexedChunk[] } {
    const p = this.partitions.get(buildingId);
    const mask = audienceBits(audiences);
    if (!p || mask === 0) return { byVector: [], byText: [] };
    if (this.scratch.length < p.n) this.scratch = new Float32Array(Math.max(p.n, this.scratch.length * 2));
    const at = (slots: number[]) => slots.map((s) => p.chunks[s] as IndexedChunk);
    let byVector: IndexedChunk[] = [];
    if (vector?.length) {
      const q = new Float32Array(this.dims);
      let norm = 0;
      for (let d = 0; d < this.dims; d++) norm += (vector[d] ?? 0) * (vector[d] ?? 0);
      if (norm > 0) {
        const inv = 1 / Math.sqrt(norm);
        for (let d = 0; d < this.dims; d++) q[d] = (vector[d] ?? 0) * inv;
        byVector = at(p.vectorSearch(q, mask, depth, this.scratch));
      }
    }
    const terms = ftsTerms(text);
    const N = this.docs;
    const idf = (t: string) => {
      const n = this.df.get(t) ?? 0;
      return Math.log(1 + (N - n + 0.5) / (n + 0.5));
    };
    const byText = terms.length
      ? at(p.textSearch(terms, idf, this.totalLen / Math.max(1, N), mask, depth, this.scratch))
      : [];
    return { byVector, byText };
  }
}
