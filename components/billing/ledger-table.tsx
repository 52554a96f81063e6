import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import type { Ledger } from "@/lib/domain/billing";
import { formatMoney } from "@/lib/money";

/** A unit's ledger: each bill and payment with the balance after it. */
export async function LedgerTable({ ledger }: { ledger: Ledger }) {
  const [t, methods, format, locale] = await Promise.all([
    getTranslations("billing.ledger"),
    getTranslations("billing.method"),
    getFormatter(),
    getLocale(),
  ]);
  const money = (minor: number) => formatMoney(minor, ledger.currency, locale);
  const day = (d: string) =>
    format.dateTime(new Date(`${d}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const month = (period: string) =>
    format.dateTime(new Date(`${period}-01T00:00:00Z`), { month: "long", year: "numeric", timeZone: "UTC" });
  return (
    <Table label={t("caption")}>
      <TableCaption srOnly>{t("caption")}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>{t("date")}</TableHead>
          <TableHead>{t("entry")}</TableHead>
          <TableHead className="text-right">{t("charge")}</TableHead>
          <TableHead className="text-right">{t("paid")}</TableHead>
          <TableHead className="text-right">{t("balance")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {ledger.entries.map((e) => (
          <TableRow key={`${e.kind}-${e.id}`} data-testid="ledger-row">
            <TableCell>{day(e.date)}</TableCell>
            <TableCell>
              {e.kind === "bill"
                ? t("billFor", { period: month(e.label) })
                : [methods(e.label as "cash"), e.reference].filter(Boolean).join(" · ")}
            </TableCell>
            <TableCell className="text-right tabular-nums">
              {e.debitMinor ? money(e.debitMinor) : ""}
            </TableCell>
            <TableCell className="text-right tabular-nums">
              {e.creditMinor ? money(e.creditMinor) : ""}
            </TableCell>
            <TableCell className="text-right tabular-nums">{money(e.balanceMinor)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
