import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NotAllowed } from "@/components/portal/not-allowed";
import { COMMON_AREA, TicketForm } from "@/components/tickets/ticket-form";
import { Card, CardContent } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/server/auth/page-guard";
import { listTicketOptions } from "@/server/services/list-ticket-options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tickets.staffNew"))("metaTitle") };
}

/** Staff and managers open tickets for any unit of the building or a common area (a lobby light, the garage gate). */
export default async function StaffNewTicketPage() {
  const { actor, allowed } = await pageActor(["staff", "manager"]);
  if (!allowed) return <NotAllowed role={actor.role} />;
  const [options, t] = await Promise.all([listTicketOptions(actor), getTranslations("tickets.staffNew")]);
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader
        eyebrow={
          <Link
            href="/staff/tickets"
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
            units={options.units}
            defaultPlace={COMMON_AREA}
            detailBase="/staff/tickets"
            cancelHref="/staff/tickets"
          />
        </CardContent>
      </Card>
    </div>
  );
}
