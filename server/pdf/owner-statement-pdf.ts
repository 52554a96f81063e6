import "server-only";
import type { PDFFont } from "pdf-lib";
import type { Building } from "@/lib/domain/building";
import type { OwnerStatement, OwnerStatementSettings } from "@/lib/domain/owner-statement";
import type { Locale } from "@/lib/i18n";
import { formatMoney } from "@/lib/money";
import { translatorFor } from "../i18n/translator";
import { a4Sheet } from "./a4-sheet";

/**
 * An owner's statement for a unit and month as a PDF (A4, pdf-lib with the built-in Helvetica, like bills):
 * every figure printed is a field of the statement given, so the PDF and `GET /api/v1/owner-statements` say the
 * same to the cent (owner-statement-pdf.test.ts reads the PDF back).
 */
export async function renderOwnerStatementPdf(input: {
  statement: OwnerStatement;
  settings: OwnerStatementSettings;
  building: Building;
  locale: Locale;
  generatedAt: Date;
}): Promise<Uint8Array> {
  const { statement: st, building, locale, settings } = input;
  const { t, format } = translatorFor(locale, building.timezone);
  const money = (minor: number) => formatMoney(minor, st.currency, locale);
  const pct = (bps: number) => format.number(bps / 10_000, { style: "percent", maximumFractionDigits: 2 });
  const month = format.dateTime(new Date(`${st.period}-01T00:00:00Z`), {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });

  const sheet = await a4Sheet({
    title: `${t("ownerStatements.pdf.title")} ${st.unitNumber} ${st.period}`,
    author: building.name,
    language: locale,
    createdAt: input.generatedAt,
  });
  const { text, rule, left, right, regular, bold, grey } = sheet;
  /** right-aligned at `at` (the columns of the channel table) */
  const textAt = (s: string, at: number, font: PDFFont = regular, size = 10.5) =>
    sheet.textAt(s, at, { font, size });

  text(building.name, left, { font: bold, size: 18 });
  sheet.y -= 30;
  text(t("ownerStatements.pdf.title"), left, { font: bold, size: 14 });
  sheet.y -= 22;
  for (const [label, value] of [
    [t("ownerStatements.pdf.unit"), st.unitNumber],
    [t("ownerStatements.pdf.period"), month],
    [
      t("ownerStatements.pdf.nights"),
      t("ownerStatements.pdf.nightsOf", { let: st.nightsLet, of: st.nightsInMonth }),
    ],
  ] as const) {
    text(label, left);
    text(value, left + 150);
    sheet.y -= 15;
  }
  sheet.y -= 16;
  const cols = [300, 360, 450, right];
  text(t("ownerStatements.pdf.channel"), left, { font: bold });
  textAt(t("ownerStatements.pdf.stays"), cols[0], bold);
  textAt(t("ownerStatements.pdf.nightsShort"), cols[1], bold);
  textAt(t("ownerStatements.pdf.gross"), cols[2], bold);
  textAt(t("ownerStatements.pdf.commission"), cols[3], bold);
  rule();
  sheet.y -= 22;
  if (st.byChannel.length === 0) {
    text(t("ownerStatements.pdf.noStays"), left, { color: grey });
    sheet.y -= 16;
  }
  for (const line of st.byChannel) {
    text(
      `${t(`ownerStatements.channel.${line.source}`)} (${pct(settings.channelCommissionBps[line.source])})`,
      left,
    );
    textAt(String(line.stays), cols[0]);
    textAt(String(line.nights), cols[1]);
    textAt(money(line.grossMinor), cols[2]);
    textAt(money(line.channelCommissionMinor), cols[3]);
    sheet.y -= 16;
  }
  rule();
  sheet.y -= 26;
  const summary: [string, number, boolean][] = [
    [t("ownerStatements.pdf.grossTotal"), st.grossMinor, false],
    [t("ownerStatements.pdf.stayTimeFees"), st.stayTimeFeesMinor, false],
    [t("ownerStatements.pdf.channelCommission"), -st.channelCommissionMinor, false],
    [
      t("ownerStatements.pdf.managementCommission", { rate: pct(settings.managementCommissionBps) }),
      -st.managementCommissionMinor,
      false,
    ],
    [t("ownerStatements.pdf.cleaningFees"), -st.cleaningFeesMinor, false],
    [t("ownerStatements.pdf.net"), st.netMinor, true],
  ];
  for (const [label, amount, strong] of summary) {
    const font = strong ? bold : regular;
    const size = strong ? 12 : 10.5;
    if (strong) {
      rule();
      sheet.y -= 22;
    }
    text(label, left, { font, size });
    textAt(money(amount), right, font, size);
    sheet.y -= 18;
  }
  sheet.y = 48;
  text(t("ownerStatements.pdf.footer"), left, { color: grey, size: 8.5 });
  return sheet.save();
}
