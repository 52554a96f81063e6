import "server-only";
import { PDFDocument, type PDFFont, rgb, StandardFonts } from "pdf-lib";
import type { Bill } from "@/lib/domain/billing";
import type { Building } from "@/lib/domain/building";
import type { Locale } from "@/lib/i18n";
import { formatMoney } from "@/lib/money";
import { translatorFor } from "../i18n/translator";

/**
 * A bill as a PDF (A4), with pdf-lib and its built-in Helvetica: no font file and no network, so it renders the
 * same in tests, `next dev` and the standalone server. Helvetica covers Latin-1 and the euro sign (WinAnsi),
 * which the three languages need; any other character (an emoji in a building's name) is printed as "?".
 */
export async function renderBillPdf(input: {
  bill: Bill;
  building: Building;
  paymentInstructions: string;
  locale: Locale;
}): Promise<Uint8Array> {
  const { bill, building, locale } = input;
  const { t, format } = translatorFor(locale, building.timezone);
  const money = (minor: number) => formatMoney(minor, bill.currency, locale);
  const day = (d: string) =>
    format.dateTime(new Date(`${d}T00:00:00Z`), {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    });
  const monthOf = (period: string) =>
    format.dateTime(new Date(`${period}-01T00:00:00Z`), { month: "long", year: "numeric", timeZone: "UTC" });
  const month = monthOf(bill.period);

  const doc = await PDFDocument.create();
  doc.setTitle(`${t("billing.pdf.title")} ${bill.unitNumber} ${bill.period}`);
  doc.setAuthor(building.name);
  doc.setLanguage(locale);
  doc.setCreator("BuildingOS");
  doc.setCreationDate(new Date(bill.createdAt));
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage([595.28, 841.89]);
  const left = 56;
  const right = 595.28 - 56;
  let y = 841.89 - 64;
  const grey = rgb(0.35, 0.35, 0.4);
  const text = (
    s: string,
    x: number,
    opts: { font?: PDFFont; size?: number; color?: ReturnType<typeof rgb> } = {},
  ) => {
    const font = opts.font ?? regular;
    page.drawText(printable(s, font), { x, y, size: opts.size ?? 10.5, font, color: opts.color });
  };
  const textRight = (s: string, opts: { font?: PDFFont; size?: number } = {}) => {
    const font = opts.font ?? regular;
    const size = opts.size ?? 10.5;
    const safe = printable(s, font);
    page.drawText(safe, { x: right - font.widthOfTextAtSize(safe, size), y, size, font });
  };
  const rule = () =>
    page.drawLine({ start: { x: left, y: y - 6 }, end: { x: right, y: y - 6 }, thickness: 0.6, color: grey });

  // letterhead
  text(building.name, left, { font: bold, size: 18 });
  y -= 18;
  const a = building.address;
  for (const line of [
    a.line1,
    a.line2,
    [a.postalCode, a.city, a.region].filter(Boolean).join(" "),
    a.country,
  ]) {
    if (!line) continue;
    text(line, left, { color: grey, size: 9.5 });
    y -= 12;
  }
  y -= 18;
  text(t("billing.pdf.title"), left, { font: bold, size: 14 });
  y -= 22;
  const facts: [string, string][] = [
    [t("billing.pdf.unit", { unit: bill.unitNumber }), ""],
    [t("billing.pdf.period"), month],
    [t("billing.pdf.issued"), day(bill.issuedOn)],
    [t("billing.pdf.due"), day(bill.dueDate)],
    [t("billing.pdf.billNo"), bill.id],
  ];
  for (const [label, value] of facts) {
    text(label, left, { font: value ? regular : bold });
    if (value) text(value, left + 130);
    y -= 15;
  }
  y -= 16;
  text(t("billing.pdf.description"), left, { font: bold });
  textRight(t("billing.pdf.amount"), { font: bold });
  rule();
  y -= 22;
  for (const line of bill.lines) {
    const label =
      line.kind === "monthly_fee"
        ? t("billing.pdf.monthlyFee", { period: month })
        : line.labelCode === "late_fee" && line.labelParams
          ? t("billingRules.line.lateFee", { period: monthOf(line.labelParams.period) })
          : (line.label ?? "");
    text(label.slice(0, 90), left);
    textRight(money(line.amountMinor));
    y -= 16;
  }
  rule();
  y -= 22;
  text(t("billing.pdf.total"), left, { font: bold, size: 12 });
  textRight(money(bill.totalMinor), { font: bold, size: 12 });
  const credit = bill.creditAppliedMinor ?? 0;
  if (credit > 0) {
    y -= 18;
    text(t("billing.pdf.creditApplied"), left);
    textRight(money(-credit));
    y -= 18;
    text(t("billing.pdf.balanceDue"), left, { font: bold, size: 12 });
    textRight(money(bill.totalMinor - credit), { font: bold, size: 12 });
  }
  y -= 40;
  text(t("billing.pdf.howToPay"), left, { font: bold });
  y -= 15;
  const instructions = input.paymentInstructions.trim() || t("billing.pdf.noInstructions");
  for (const line of wrap(instructions, 95).slice(0, 12)) {
    text(line, left);
    y -= 13;
  }
  y = 48;
  text(t("billing.pdf.footer"), left, { color: grey, size: 8.5 });
  return doc.save();
}

/** Characters the standard font cannot encode become "?", narrow spaces (Intl's) plain ones. */
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

function wrap(s: string, width: number): string[] {
  const out: string[] = [];
  for (const paragraph of s.split(/\r?\n/)) {
    let line = "";
    for (const word of paragraph.split(/\s+/)) {
      if (`${line} ${word}`.trim().length > width && line) {
        out.push(line);
        line = word;
      } else line = (line ? `${line} ` : "") + word;
    }
    out.push(line);
  }
  return out;
}
