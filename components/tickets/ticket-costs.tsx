import { getLocale, getTranslations } from "next-intl/server";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { TicketCost } from "@/lib/domain/charges";
import { formatMoney } from "@/lib/money";
import { TicketCostForm } from "./ticket-cost-form";

/** The ticket's labour and materials (staff, managers): the list with its total, and the form to add one. */
export async function TicketCosts(props: {
  ticketId: string;
  costs: Omit<TicketCost, "buildingId">[];
  totalMinor: number;
  currency: string;
  today: string;
  defaultUnitId: string | null;
  units: { id: string; number: string }[];
}) {
  const [t, locale] = await Promise.all([getTranslations("ticketCosts"), getLocale()]);
  const money = (minor: number) => formatMoney(minor, props.currency, locale);
  const unitNumber = (id: string | null) => props.units.find((u) => u.id === id)?.number ?? "";
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        {props.costs.length === 0 ? (
          <p className="text-slate-600 text-sm">{t("empty")}</p>
        ) : (
          <Table label={t("caption")}>
            <TableHeader>
              <TableRow>
                <TableHead>{t("incurredOn")}</TableHead>
                <TableHead>{t("descriptionLabel")}</TableHead>
                <TableHead>{t("bornBy")}</TableHead>
                <TableHead className="text-right">{t("amountShort")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {props.costs.map((c) => (
                <TableRow key={c.id}>
                  <TableCell>{c.incurredOn}</TableCell>
                  <TableCell>
                    {t(`kinds.${c.kind}`)}: {c.description}
                    {c.hours !== null ? ` (${t("hoursValue", { hours: c.hours })})` : ""}
                  </TableCell>
                  <TableCell>
                    {c.bornBy === "unit"
                      ? t("chargedTo", { unit: unitNumber(c.unitId) })
                      : t("bearers.building")}
                  </TableCell>
                  <TableCell className="text-right tabular-nums">{money(c.amountMinor)}</TableCell>
                </TableRow>
              ))}
              <TableRow>
                <TableHead scope="row" colSpan={3}>
                  {t("total")}
                </TableHead>
                <TableCell className="text-right font-semibold tabular-nums" data-testid="ticket-costs-total">
                  {money(props.totalMinor)}
                </TableCell>
              </TableRow>
            </TableBody>
          </Table>
        )}
        <TicketCostForm
          ticketId={props.ticketId}
          currency={props.currency}
          today={props.today}
          defaultUnitId={props.defaultUnitId}
          units={props.units}
        />
      </CardContent>
    </Card>
  );
}
