import "server-only";
import { InvalidPDFException, PasswordException, PDFParse } from "pdf-parse";
import { MAX_PDF_PAGES } from "@/lib/domain/knowledge-document";

export type PdfPage = { page: number; text: string };
export type PdfTextProblem = "encrypted" | "unreadable" | "too_many_pages";

/** A PDF that cannot be read; `code` says why, for a message the manager can act on. */
export class PdfTextError extends Error {
  constructor(
    readonly code: PdfTextProblem,
    message: string,
  ) {
    super(message);
    this.name = "PdfTextError";
  }
}

/** pdf-parse joins pages with `-- 1 of 2 --` lines; a page's own text should never carry them. */
const PAGE_MARKER = /^\s*-- \d+ of \d+ --\s*$/gm;

function clean(text: string): string {
  return text
    .replace(PAGE_MARKER, "")
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * The text layer of a PDF, page by page (pages without text are left out). pdf.js runs in this thread (no
 * worker in Node) and holds the event loop while it parses, so pages are read one at a time with a yield in
 * between: a long PDF delays other requests by one page's work at most, not by the whole file's.
 * An encrypted or broken file is a `PdfTextError`; anything else pdf.js throws is passed on.
 */
export async function extractPdfText(bytes: Uint8Array): Promise<{ pages: PdfPage[]; total: number }> {
  // pdf.js transfers (detaches) the buffer it is given: hand it a copy so the caller's bytes stay usable.
  const parser = new PDFParse({ data: bytes.slice() });
  try {
    const info = await parser.getInfo();
    if (info.total > MAX_PDF_PAGES) {
      throw new PdfTextError("too_many_pages", `The PDF has more than ${MAX_PDF_PAGES} pages.`);
    }
    const pages: PdfPage[] = [];
    for (let page = 1; page <= info.total; page++) {
      const result = await parser.getText({ partial: [page] });
      const text = clean(result.pages[0]?.text ?? "");
      if (text) pages.push({ page, text });
      // pdf.js holds the event loop for as long as it parses: give other requests a turn after every page
      await new Promise((resolve) => setImmediate(resolve));
    }
    return { pages, total: info.total };
  } catch (e) {
    if (e instanceof PdfTextError) throw e;
    if (e instanceof PasswordException) {
      throw new PdfTextError("encrypted", "The PDF is password-protected; upload a copy without a password.");
    }
    if (e instanceof InvalidPDFException || (e instanceof Error && e.name === "FormatError")) {
      throw new PdfTextError("unreadable", "The file could not be read as a PDF; it may be damaged.");
    }
    throw e;
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

/**
 * The pages as one Markdown text with a `## Page N` heading per page: the chunker starts a passage at each
 * heading and repeats it in continuations, so every passage of a PDF names the page it was found on.
 */
export function pdfPagesToMarkdown(pages: PdfPage[]): string {
  return pages.map((p) => `## Page ${p.page}\n\n${p.text}`).join("\n\n");
}
