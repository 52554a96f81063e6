import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import type { BillDTO } from "@/lib/domain/billing";
import { formatMoney } from "@/lib/money";
import { DownloadBillButton } from "./download-bill-button";

const TONE = { open: "warning", partial: "info", paid: "success", void: "neutral" } as const;

/** Bills as a table that scrolls sideways on a phone; managers get a link to each unit's ledger. */
export async function BillsTable({
  bills,
  ledgerHref,
}: {
  bills: BillDTO[];
  ledgerHref?: (unitId: string) => string;
}) {
  const [t, status, format, locale] = await Promise.all([
    getTranslations("billing.bills"),
    getTranslations("billing.status"),
    getFormatter(),
    getLocale(),
  ]);
  const month = (period: string) =>
    format.dateTime(new Date(`${period}-01T00:00:00Z`), { month: "short", year: "numeric", timeZone: "UTC" });
  const day = (d: string) =>
    format.dateTime(new Date(`${d}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  return (
    <Table label={t("caption")}>
      <TableCaption srOnly>{t("caption")}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>{t("unit")}</TableHead>
          <TableHead>{t("period")}</TableHead>
          <TableHead className="text-right">{t("total")}</TableHead>
          <TableHead className="text-right">{t("balance")}</TableHead>
          <TableHead>{t("status")}</TableHead>
          <TableHead>{t("due")}</TableHead>
          <TableHead>{t("pdf")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {bills.map((b) => (
          <TableRow key={b.id} data-testid="bill-row">
            <TableCell className="font-medium">
              {ledgerHref ? (
                <Link
                  href={ledgerHref(b.unitId)}
                  className="text-brand-700 underline"
                  aria-label={t("ledger", { unit: b.unitNumber })}
                >
                  {b.unitNumber}
                </Link>
              ) : (
                b.unitNumber
              )}
            </TableCell>
            <TableCell>{month(b.period)}</TableCell>
            <TableCell className="text-right tabular-nums">
              {formatMoney(b.totalMinor, b.currency, locale)}
            </TableCell>
            <TableCell className="text-right tabular-nums">
              {formatMoney(b.balanceMinor, b.currency, locale)}
            </TableCell>
            <TableCell>
              <Badge tone={TONE[b.status]}>{status(b.status)}</Badge>
            </TableCell>
            <TableCell>{day(b.dueDate)}</TableCell>
            <TableCell>
              {/* a bill whose PDF was never stored is rendered when asked for */}
              <DownloadBillButton
                billId={b.id}
                label={t("download", { unit: b.unitNumber, period: month(b.period) })}
              />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
