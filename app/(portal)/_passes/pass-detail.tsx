import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { DecidePassButtons } from "@/components/passes/decide-pass-buttons";
import { PassList } from "@/components/passes/pass-list";
import { RevokePassButton } from "@/components/passes/revoke-pass-button";
import { Badge } from "@/components/ui/badge";
import { idSchema } from "@/lib/domain/common";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/roles";
import { getBuilding } from "@/server/services/building/get-building";
import { getPassWithEntries } from "@/server/services/passes/list-passes";
import { listPassDoorOptions } from "@/server/services/passes/pass-door-options";

/**
 * One pass and the entries made under it (its issuer or staff): the card, then each door event of its holder on
 * its locks, newest first. Another person's pass, or a made-up id, is not found.
 */
export async function PassDetail({ actor, id, back }: { actor: Actor; id: string; back: string }) {
  if (!idSchema.safeParse(id).success) notFound();
  const detail = await getPassWithEntries(actor, id).catch((e) => {
    if (e instanceof AppError && (e.code === "not_found" || e.code === "forbidden")) notFound();
    throw e;
  });
  const [t, format, building, options] = await Promise.all([
    getTranslations("passes"),
    getFormatter(),
    getBuilding(actor),
    listPassDoorOptions(actor),
  ]);
  const doorNames = Object.fromEntries(options.doors.map((d) => [d.id, d.name]));
  const { pass, entries, removals } = detail;
  const deciders = actor.role === "staff" || actor.role === "manager";
  return (
    <div className="space-y-6">
      <Link href={back} className="text-brand-700 text-sm underline underline-offset-4">
        {t("detail.back")}
      </Link>
      <h1 className="font-bold text-2xl text-slate-900">{t("public.title", { name: pass.holder.name })}</h1>
      <PassList
        passes={[pass]}
        doorNames={doorNames}
        timeZone={building.timezone}
        detailBase={back}
        actions={(p) => (
          <>
            {/* a staff notice of a pending pass links here: approve or decline it in place */}
            {p.status === "pending" && deciders ? <DecidePassButtons id={p.id} name={p.holder.name} /> : null}
            {p.status === "active" || p.status === "pending" ? (
              <RevokePassButton id={p.id} name={p.holder.name} />
            ) : null}
          </>
        )}
      />
      {removals.length ? (
        <section
          aria-labelledby="pass-removals"
          className="space-y-1 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm"
        >
          <h2 id="pass-removals" className="font-semibold text-amber-900">
            {t("detail.removalsTitle")}
          </h2>
          {removals.map((r) => (
            <p key={r.codeId} className="text-amber-900" data-testid="pass-removal-owed">
              {t("detail.removalOwed", {
                count: r.deviceIds.length,
                attempts: r.attempts,
                next: format.dateTime(new Date(r.dueAt), {
                  hour: "2-digit",
                  minute: "2-digit",
                  timeZone: building.timezone,
                }),
              })}{" "}
              {r.deviceIds.map((d) => doorNames[d] ?? d).join(", ")}
            </p>
          ))}
        </section>
      ) : null}
      <section aria-labelledby="pass-entries" className="space-y-3">
        <h2 id="pass-entries" className="font-semibold text-lg text-slate-900">
          {t("detail.entriesTitle")}
        </h2>
        {entries.length === 0 ? (
          <p className="text-slate-600 text-sm">{t("detail.entriesEmpty")}</p>
        ) : (
          <ul
            className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white"
            data-testid="pass-entries"
          >
            {entries.map((e) => (
              <li key={e.id} className="flex flex-wrap items-center justify-between gap-2 p-3 text-sm">
                <span className="text-slate-900">
                  {format.dateTime(new Date(e.ts), {
                    weekday: "short",
                    day: "numeric",
                    month: "short",
                    hour: "2-digit",
                    minute: "2-digit",
                    timeZone: building.timezone,
                  })}{" "}
                  · {doorNames[e.deviceId] ?? e.deviceId}
                </span>
                <Badge tone={e.result === "granted" ? "success" : "danger"}>
                  {e.result === "granted" ? t("detail.granted") : t("detail.denied")}
                </Badge>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
