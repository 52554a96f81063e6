import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Card, CardContent } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { COMMON_AREA, TicketForm } from "./ticket-form";

type Units = Parameters<typeof TicketForm>[0]["units"];

/**
 * The "new ticket" page for residents (their units) and staff (any unit, a common area by default): the header
 * with the way back to the tickets, then the form in a card.
 */
export function NewTicketView({ who, units }: { who: "resident" | "staff"; units: Units }) {
  const t = useTranslations(who === "resident" ? "tickets.new" : "tickets.staffNew");
  const base = who === "resident" ? "/resident/tickets" : "/staff/tickets";
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader
        eyebrow={
          <Link
            href={base}
            className="inline-flex items-center gap-1 font-medium text-brand-700 underline-offset-4 hover:underline"
          >
            <ArrowLeft aria-hidden="true" className="size-4" />
            {t("back")}
          </Link>
        }
        title={t("title")}
        description={t("description")}
      />
      <Card>
        <CardContent>
          <TicketForm
            units={units}
            defaultPlace={who === "staff" ? COMMON_AREA : undefined}
            detailBase={base}
            cancelHref={base}
          />
        </CardContent>
      </Card>
    </div>
  );
}
