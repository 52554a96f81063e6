import { PDFDocument, PDFHexString, StandardFonts } from "pdf-lib";

/**
 * PDFs made in the test with pdf-lib (no binary fixtures in the repository): one line list per page, pages
 * with only a drawn shape (what a scanned image has: no text layer), and a file claiming to be encrypted.
 */
export async function textPdf(pages: string[][]): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = doc.addPage([595, 842]);
    lines.forEach((line, i) => {
      page.drawText(line, { x: 48, y: 790 - i * 16, size: 11, font });
    });
  }
  return Buffer.from(await doc.save());
}

export async function imageOnlyPdf(pageCount = 2): Promise<Buffer> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pageCount; i++) {
    doc.addPage([595, 842]).drawRectangle({ x: 40, y: 40, width: 500, height: 700, borderWidth: 2 });
  }
  return Buffer.from(await doc.save());
}

/** A Standard security handler whose empty user password does not open it, so a reader asks for a password. */
export async function encryptedPdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.addPage();
  const ctx = doc.context;
  const hex = (byte: string, n: number) => PDFHexString.of(byte.repeat(n));
  ctx.trailerInfo.Encrypt = ctx.register(
    ctx.obj({ Filter: "Standard", V: 1, R: 2, O: hex("00", 32), U: hex("11", 32), P: -4 }),
  );
  ctx.trailerInfo.ID = ctx.obj([hex("ab", 16), hex("ab", 16)]);
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

/** `pages` pages of house-rules-like prose, for timing extraction. */
export function longRules(pages: number): string[][] {
  return Array.from({ length: pages }, (_, p) =>
    Array.from(
      { length: 40 },
      (_, l) => `Section ${p + 1}.${l + 1}: residents keep corridors clear and quiet after 22:00, rule ${l}.`,
    ),
  );
}
