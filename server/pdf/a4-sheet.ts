import "server-only";
import { PDFDocument, type PDFFont, rgb, StandardFonts } from "pdf-lib";

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const BODY_SIZE = 10.5;

/**
 * One A4 page written top down, the frame every BuildingOS PDF shares (bills, owner statements): pdf-lib with the
 * built-in Helvetica (no font file, no network, so it renders the same in tests, `next dev` and the standalone
 * server), the document's metadata, and a cursor `y` that the writer moves down between lines.
 */
export async function a4Sheet(meta: { title: string; author: string; language: string; createdAt: Date }) {
  const doc = await PDFDocument.create();
  doc.setTitle(meta.title);
  doc.setAuthor(meta.author);
  doc.setLanguage(meta.language);
  doc.setCreator("BuildingOS");
  doc.setCreationDate(meta.createdAt);
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage(A4);
  const left = MARGIN;
  const right = A4[0] - MARGIN;
  const grey = rgb(0.35, 0.35, 0.4);
  const sheet = {
    regular,
    bold,
    grey,
    left,
    right,
    /** the baseline the next line is written on */
    y: A4[1] - 64,
    text(s: string, x: number, opts: { font?: PDFFont; size?: number; color?: ReturnType<typeof rgb> } = {}) {
      const font = opts.font ?? regular;
      page.drawText(printable(s, font), {
        x,
        y: sheet.y,
        size: opts.size ?? BODY_SIZE,
        font,
        color: opts.color,
      });
    },
    /** right-aligned at `at` (default: the right margin) */
    textAt(s: string, at = right, opts: { font?: PDFFont; size?: number } = {}) {
      const font = opts.font ?? regular;
      const size = opts.size ?? BODY_SIZE;
      const safe = printable(s, font);
      page.drawText(safe, { x: at - font.widthOfTextAtSize(safe, size), y: sheet.y, size, font });
    },
    /** a thin line across the page just below the current line */
    rule() {
      page.drawLine({
        start: { x: left, y: sheet.y - 6 },
        end: { x: right, y: sheet.y - 6 },
        thickness: 0.6,
        color: grey,
      });
    },
    save: () => doc.save(),
  };
  return sheet;
}

/**
 * Characters the standard font cannot encode become "?" (Helvetica covers Latin-1 and the euro sign, which the
 * three languages need; an emoji in a building's name is not), narrow spaces (Intl's) plain ones.
 */
const charsets = new WeakMap<PDFFont, Set<number>>();
export function printable(s: string, font: PDFFont): string {
  let supported = charsets.get(font);
  if (!supported) {
    supported = new Set(font.getCharacterSet());
    charsets.set(font, supported);
  }
  return [...s.replace(/[\u202F\u2009]/g, " ")]
    .map((ch) => (supported.has(ch.codePointAt(0) ?? 0) ? ch : "?"))
    .join("");
}
