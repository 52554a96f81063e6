/**
 * Splits a document into overlapping passages for retrieval. Markdown headings start a new passage (a section is
 * what people ask about), and each passage carries its heading so it can be found and quoted on its own. Long
 * sections are packed paragraph by paragraph up to `maxChars`, and each continuation repeats the last ~`overlap`
 * characters of the previous passage so a fact on the boundary is whole in at least one of them.
 */
export type Chunk = { ordinal: number; text: string; heading: string | null };
export type ChunkOptions = { maxChars?: number; minChars?: number; overlap?: number };

const HEADING = /^#{1,6}\s+(.+?)\s*#*\s*$/;

type Section = { heading: string | null; paragraphs: string[] };

function sections(text: string): Section[] {
  const out: Section[] = [];
  let current: Section = { heading: null, paragraphs: [] };
  let para: string[] = [];
  const endParagraph = () => {
    const p = para.join("\n").trim();
    if (p) current.paragraphs.push(p);
    para = [];
  };
  for (const line of text.replace(/\r\n?/g, "\n").split("\n")) {
    const h = HEADING.exec(line);
    if (h) {
      endParagraph();
      if (current.heading || current.paragraphs.length) out.push(current);
      current = { heading: h[1].trim(), paragraphs: [] };
    } else if (line.trim() === "") endParagraph();
    else para.push(line);
  }
  endParagraph();
  if (current.heading || current.paragraphs.length) out.push(current);
  return out;
}

/** Cuts a paragraph longer than `max` at sentence ends, else at spaces, else hard. */
function splitLong(p: string, max: number): string[] {
  if (p.length <= max) return [p];
  const out: string[] = [];
  let rest = p;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    let cut = Math.max(window.lastIndexOf(". "), window.lastIndexOf("\n"));
    if (cut < max / 2) cut = window.lastIndexOf(" ");
    if (cut < max / 2) cut = max - 1;
    out.push(rest.slice(0, cut + 1).trim());
    rest = rest.slice(cut + 1).trim();
  }
  if (rest) out.push(rest);
  return out;
}

/** The last ~n characters of a passage, starting at a word. */
function tail(text: string, n: number): string {
  if (n <= 0 || text.length <= n) return n <= 0 ? "" : text;
  const t = text.slice(-n);
  const space = t.indexOf(" ");
  return space >= 0 && space < n / 2 ? t.slice(space + 1) : t;
}

export function chunkDocument(text: string, options: ChunkOptions = {}): Chunk[] {
  const maxChars = options.maxChars ?? 800;
  const minChars = options.minChars ?? 200;
  const overlap = Math.min(options.overlap ?? 100, Math.floor(maxChars / 4));
  const chunks: Chunk[] = [];
  let body: string[] = [];
  let heading: string | null = null;
  let carried = false;

  const compose = (h: string | null, parts: string[]) => (h ? [`## ${h}`, ...parts] : parts).join("\n\n");
  const flush = () => {
    if (body.length && !(carried && body.length === 1)) {
      chunks.push({ ordinal: chunks.length, text: compose(heading, body), heading });
    }
    body = [];
    carried = false;
  };

  for (const section of sections(text)) {
    const size = compose(heading, body).length;
    // A heading starts a new passage, unless the current one is too small to stand alone.
    if (body.length && size >= minChars) flush();
    else if (body.length && section.heading) body.push(`## ${section.heading}`);
    if (!body.length) heading = section.heading;
    const budget = maxChars - (heading ? heading.length + 5 : 0);
    for (const p of section.paragraphs.flatMap((x) => splitLong(x, Math.max(100, budget - overlap - 3)))) {
      if (body.length && compose(heading, [...body, p]).length > maxChars) {
        const previous = compose(null, body);
        flush();
        const t = tail(previous, overlap);
        if (t) {
          body.push(`…${t}`);
          carried = true;
        }
      }
      body.push(p);
      if (carried && body.length > 1) carried = false;
    }
  }
  flush();
  return chunks;
}
