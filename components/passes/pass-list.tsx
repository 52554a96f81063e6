import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { PassDTO } from "@/lib/domain/pass";
import { PassWhen } from "./pass-when";

const TONE: Record<PassDTO["status"], BadgeTone> = {
  pending: "warning",
  active: "success",
  ended: "neutral",
  revoked: "neutral",
  declined: "danger",
};

/**
 * Passes as cards (phones and wide screens alike): holder and kind, status, when, doors, the PIN while it can open
 * a door, and a slot for the actions the viewer may take (revoke; staff: approve or decline).
 */
export async function PassList({
  passes,
  doorNames,
  timeZone,
  detailBase,
  actions,
}: {
  passes: PassDTO[];
  doorNames: Record<string, string>;
  timeZone: string;
  detailBase: string;
  actions: (p: PassDTO) => ReactNode;
}) {
  const [t, format] = await Promise.all([getTranslations("passes"), getFormatter()]);
  const time = (iso: string) =>
    format.dateTime(new Date(iso), {
      weekday: "short",
      day: "numeric",
      month: "short",
      hour: "2-digit",
      minute: "2-digit",
      timeZone,
    });
  return (
    <ul className="space-y-3">
      {passes.map((p) => (
        <li key={p.id} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" data-pass={p.id}>
          <div className="flex flex-wrap items-center gap-2">
            <p className="font-medium text-slate-900">
              {p.holder.name}{" "}
              <span className="font-normal text-slate-600">· {t(`kinds.${p.holder.kind}`)}</span>
            </p>
            <Badge tone={TONE[p.status]}>{t(`status.${p.status}`)}</Badge>
          </div>
          <dl className="grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-3">
            <div>
              <dt className="text-slate-600">{t("fields.when")}</dt>
              <dd className="text-slate-900">
                <PassWhen schedule={p.schedule} timeZone={timeZone} />
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">{t("fields.doors")}</dt>
              <dd className="text-slate-900">{p.lockIds.map((id) => doorNames[id] ?? id).join(", ")}</dd>
            </div>
            {p.status === "active" || p.status === "pending" ? (
              <div>
                <dt className="text-slate-600">{t("fields.pin")}</dt>
                <dd className="font-mono font-semibold text-slate-900">{p.pin}</dd>
              </div>
            ) : null}
          </dl>
          <p className="text-slate-600 text-sm">
            {p.current
              ? t("fields.openNow", { until: time(p.current.validUntil) })
              : p.status === "active" && p.dueAt
                ? t("fields.next", { at: time(p.dueAt) })
                : t("fields.issuedBy", { name: p.issuedBy.name })}
            {p.ticketId ? ` · ${t("fields.ticket")}` : ""}
          </p>
          <div className="flex flex-wrap items-center gap-3">
            <Link
              href={`${detailBase}/${p.id}`}
              className="text-brand-700 text-sm underline underline-offset-4"
              aria-label={`${t("detail.open")}: ${p.holder.name}`}
            >
              {t("detail.open")}
            </Link>
            {actions(p)}
          </div>
        </li>
      ))}
    </ul>
  );
}
