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
import { PayBillButton } from "./pay-bill-button";

const TONE = { open: "warning", partial: "info", paid: "success", void: "neutral" } as const;

/** Bills as a table that scrolls sideways on a phone; managers get a link to each unit's ledger. */
export async function BillsTable({
  bills,
  ledgerHref,
  payable = false,
}: {
  bills: BillDTO[];
  ledgerHref?: (unitId: string) => string;
  /** residents with a card provider configured: "Pay" on each bill still owing */
  payable?: boolean;
}) {
  const [t, status, rules, pay, format, locale] = await Promise.all([
    getTranslations("billing.bills"),
    getTranslations("billing.status"),
    getTranslations("billingRules.line"),
    getTranslations("cardPayments"),
    getFormatter(),
    getLocale(),
  ]);
  /** a one-off line in the reader's language where the app words it (late fees), else its own label */
  const lineLabel = (l: BillDTO["lines"][number]) =>
    l.labelCode === "late_fee" && l.labelParams
      ? rules("lateFee", { period: month(l.labelParams.period) })
      : (l.label ?? "");
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
            <TableCell>
              {month(b.period)}
              {b.lines.some((l) => l.kind === "charge") ? (
                <ul className="mt-1 space-y-0.5 text-slate-600 text-xs">
                  {b.lines
                    .filter((l) => l.kind === "charge")
                    .map((l) => (
                      <li key={l.chargeId ?? lineLabel(l)}>
                        {lineLabel(l)}: {formatMoney(l.amountMinor, b.currency, locale)}
                      </li>
                    ))}
                </ul>
              ) : null}
            </TableCell>
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
              <div className="flex flex-wrap gap-2">
                {/* a bill whose PDF was never stored is rendered when asked for */}
                <DownloadBillButton
                  billId={b.id}
                  label={t("download", { unit: b.unitNumber, period: month(b.period) })}
                />
                {payable && b.status !== "void" && b.balanceMinor > 0 ? (
                  <PayBillButton
                    billId={b.id}
                    label={pay("payLabel", {
                      amount: formatMoney(b.balanceMinor, b.currency, locale),
                      unit: b.unitNumber,
                      period: month(b.period),
                    })}
                  />
                ) : null}
              </div>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
