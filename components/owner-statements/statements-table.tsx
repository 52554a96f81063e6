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
import type { OwnerStatement } from "@/lib/domain/owner-statement";
import { formatMoney } from "@/lib/money";
import { DownloadStatementButton } from "./download-statement-button";

/** A month's statements, one row per unit, with each one's PDF; scrolls sideways on a phone. */
export async function StatementsTable({ statements }: { statements: OwnerStatement[] }) {
  const [t, format, locale] = await Promise.all([
    getTranslations("ownerStatements.page"),
    getFormatter(),
    getLocale(),
  ]);
  const money = (s: OwnerStatement, minor: number) => formatMoney(minor, s.currency, locale);
  const month = (period: string) =>
    format.dateTime(new Date(`${period}-01T00:00:00Z`), { month: "long", year: "numeric", timeZone: "UTC" });
  return (
    <Table label={t("caption")}>
      <TableCaption srOnly>{t("caption")}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>{t("unit")}</TableHead>
          <TableHead className="text-right">{t("nights")}</TableHead>
          <TableHead className="text-right">{t("gross")}</TableHead>
          <TableHead className="text-right">{t("stayTimeFees")}</TableHead>
          <TableHead className="text-right">{t("channelCommission")}</TableHead>
          <TableHead className="text-right">{t("managementCommission")}</TableHead>
          <TableHead className="text-right">{t("cleaning")}</TableHead>
          <TableHead className="text-right">{t("net")}</TableHead>
          <TableHead>{t("pdf")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {statements.map((s) => (
          <TableRow key={s.unitId} data-testid="statement-row">
            <TableCell className="font-medium">{s.unitNumber}</TableCell>
            <TableCell className="text-right tabular-nums">
              {s.nightsLet}/{s.nightsInMonth}
            </TableCell>
            <TableCell className="text-right tabular-nums">{money(s, s.grossMinor)}</TableCell>
            <TableCell className="text-right tabular-nums">{money(s, s.stayTimeFeesMinor)}</TableCell>
            <TableCell className="text-right tabular-nums">{money(s, s.channelCommissionMinor)}</TableCell>
            <TableCell className="text-right tabular-nums">{money(s, s.managementCommissionMinor)}</TableCell>
            <TableCell className="text-right tabular-nums">{money(s, s.cleaningFeesMinor)}</TableCell>
            <TableCell className="text-right font-semibold tabular-nums">{money(s, s.netMinor)}</TableCell>
            <TableCell>
              <DownloadStatementButton
                unitId={s.unitId}
                period={s.period}
                label={t("download", { unit: s.unitNumber, period: month(s.period) })}
              />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
