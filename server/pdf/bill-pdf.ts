import "server-only";
import type { PDFFont } from "pdf-lib";
import type { Bill } from "@/lib/domain/billing";
import type { Building } from "@/lib/domain/building";
import type { Locale } from "@/lib/i18n";
import { formatMoney } from "@/lib/money";
import { translatorFor } from "../i18n/translator";
import { a4Sheet } from "./a4-sheet";

/** A bill as a PDF on the shared A4 sheet (`a4-sheet.ts`: built-in Helvetica, unprintable characters as "?"). */
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

  const sheet = await a4Sheet({
    title: `${t("billing.pdf.title")} ${bill.unitNumber} ${bill.period}`,
    author: building.name,
    language: locale,
    createdAt: new Date(bill.createdAt),
  });
  const { text, rule, left, regular, bold, grey } = sheet;
  const textRight = (s: string, opts: { font?: PDFFont; size?: number } = {}) =>
    sheet.textAt(s, sheet.right, opts);

  // letterhead
  text(building.name, left, { font: bold, size: 18 });
  sheet.y -= 18;
  const a = building.address;
  for (const line of [
    a.line1,
    a.line2,
    [a.postalCode, a.city, a.region].filter(Boolean).join(" "),
    a.country,
  ]) {
    if (!line) continue;
    text(line, left, { color: grey, size: 9.5 });
    sheet.y -= 12;
  }
  sheet.y -= 18;
  text(t("billing.pdf.title"), left, { font: bold, size: 14 });
  sheet.y -= 22;
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
    sheet.y -= 15;
  }
  sheet.y -= 16;
  text(t("billing.pdf.description"), left, { font: bold });
  textRight(t("billing.pdf.amount"), { font: bold });
  rule();
  sheet.y -= 22;
  for (const line of bill.lines) {
    const label =
      line.kind === "monthly_fee"
        ? t("billing.pdf.monthlyFee", { period: month })
        : line.labelCode === "late_fee" && line.labelParams
          ? t("billingRules.line.lateFee", { period: monthOf(line.labelParams.period) })
          : (line.label ?? "");
    text(label.slice(0, 90), left);
    textRight(money(line.amountMinor));
    sheet.y -= 16;
  }
  rule();
  sheet.y -= 22;
  text(t("billing.pdf.total"), left, { font: bold, size: 12 });
  textRight(money(bill.totalMinor), { font: bold, size: 12 });
  const credit = bill.creditAppliedMinor ?? 0;
  if (credit > 0) {
    sheet.y -= 18;
    text(t("billing.pdf.creditApplied"), left);
    textRight(money(-credit));
    sheet.y -= 18;
    text(t("billing.pdf.balanceDue"), left, { font: bold, size: 12 });
    textRight(money(bill.totalMinor - credit), { font: bold, size: 12 });
  }
  sheet.y -= 40;
  text(t("billing.pdf.howToPay"), left, { font: bold });
  sheet.y -= 15;
  const instructions = input.paymentInstructions.trim() || t("billing.pdf.noInstructions");
  for (const line of wrap(instructions, 95).slice(0, 12)) {
    text(line, left);
    sheet.y -= 13;
  }
  sheet.y = 48;
  text(t("billing.pdf.footer"), left, { color: grey, size: 8.5 });
  return sheet.save();
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
