"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useErrorMessage } from "@/components/ui/use-error-message";
import type { PassSchedule } from "@/lib/domain/pass";
import { PASS_HOLDER_KINDS, WEEKDAYS, type Weekday } from "@/lib/domain/pass-constants";
import { instantAt } from "@/lib/domain/stay-dates";
import type { FieldErrors } from "@/lib/errors";
import { issuePassAction } from "@/server/actions/issue-pass";

type Option = { id: string; name: string };
type Kind = PassSchedule["kind"];

/**
 * Issue a pass: who, which doors (door groups and single doors), when (one visit, a range of days, or weekly
 * weekdays and hours, all in building time) and how it is delivered. On success the link and PIN are shown once.
 */
export function IssuePassForm({
  groups,
  doors,
  timeZone,
  today,
}: {
  groups: Option[];
  doors: Option[];
  timeZone: string;
  today: string;
}) {
  const t = useTranslations("passes.issue");
  const tk = useTranslations("passes.kinds");
  const tw = useTranslations("passes.weekdays");
  const errorText = useErrorMessage();
  const router = useRouter();
  const [kind, setKind] = useState<Kind>("weekly");
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<FieldErrors>({});
  const [issued, setIssued] = useState<{ link: string; pin: string; pending: boolean } | null>(null);
  const [pending, startTransition] = useTransition();
  const at = (day: string, time: string) => instantAt(day, time, timeZone).toISOString();

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const text = (k: string) => String(data.get(k) ?? "").trim();
    const day = (k: string) => text(k) || today;
    const time = (k: string, d: string) => text(k) || d;
    const schedule =
      kind === "weekly"
        ? {
            kind,
            from: day("from"),
            until: day("until"),
            weekdays: data.getAll("weekdays").map(String) as Weekday[],
            startTime: time("startTime", "09:00"),
            endTime: time("endTime", "17:00"),
          }
        : kind === "once"
          ? {
              kind,
              from: at(day("from"), time("startTime", "09:00")),
              until: at(day("from"), time("endTime", "17:00")),
            }
          : { kind, from: at(day("from"), "00:00"), until: at(day("until"), "23:59") };
    startTransition(async () => {
      const r = await issuePassAction({
        holder: {
          name: text("holderName"),
          kind: text("holderKind") as (typeof PASS_HOLDER_KINDS)[number],
          email: text("holderEmail") || undefined,
        },
        doorGroupIds: data.getAll("doorGroupIds").map(String),
        deviceIds: data.getAll("deviceIds").map(String),
        schedule: schedule as PassSchedule,
        delivery: text("delivery") === "email" ? "email" : "link",
      });
      if (!r.ok) {
        setError(errorText(r));
        setFields(r.fields ?? {});
        setIssued(null);
        return;
      }
      setError(null);
      setFields({});
      setIssued({ link: r.data.link, pin: r.data.pin, pending: r.data.status === "pending" });
      form.reset();
      router.refresh();
    });
  };
  const err = (...keys: string[]) => keys.flatMap((k) => fields[k] ?? []);

  return (
    <form onSubmit={submit} className="space-y-5" noValidate aria-label={t("title")}>
      <FormError message={error} />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label={t("holderName")} name="holderName" required error={err("holder.name")}>
          <Input autoComplete="off" maxLength={80} />
        </FormField>
        <FormField label={t("holderKind")} name="holderKind" required>
          <Select
            defaultValue="cleaner"
            options={PASS_HOLDER_KINDS.map((k) => ({ value: k, label: tk(k) }))}
          />
        </FormField>
        <FormField
          label={t("holderEmail")}
          name="holderEmail"
          hint={t("holderEmailHint")}
          error={err("holder.email")}
        >
          <Input type="email" autoComplete="off" maxLength={254} />
        </FormField>
        <FormField label={t("delivery")} name="delivery">
          <Select
            defaultValue="link"
            options={[
              { value: "link", label: t("deliveryLink") },
              { value: "email", label: t("deliveryEmail") },
            ]}
          />
        </FormField>
      </div>

      <fieldset className="space-y-2">
        <legend className="font-medium text-slate-900 text-sm">{t("doors")}</legend>
        {groups.length + doors.length === 0 ? <p className="text-slate-600 text-sm">{t("noDoors")}</p> : null}
        <div className="grid gap-2 sm:grid-cols-2">
          {groups.map((g) => (
            <label key={g.id} className="flex min-h-10 items-center gap-2 text-slate-800 text-sm">
              <input type="checkbox" name="doorGroupIds" value={g.id} className="size-4" />
              {t("group", { name: g.name })}
            </label>
          ))}
          {doors.map((d) => (
            <label key={d.id} className="flex min-h-10 items-center gap-2 text-slate-800 text-sm">
              <input type="checkbox" name="deviceIds" value={d.id} className="size-4" />
              {d.name}
            </label>
          ))}
        </div>
        {err("doorGroupIds", "deviceIds").length ? (
          <p className="text-red-700 text-sm" role="alert">
            {t("doorsRequired")}
          </p>
        ) : null}
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="font-medium text-slate-900 text-sm">{t("when")}</legend>
        <FormField label={t("scheduleKind")} name="scheduleKind">
          <Select
            value={kind}
            onChange={(e) => setKind(e.target.value as Kind)}
            options={(["once", "range", "weekly"] as const).map((k) => ({
              value: k,
              label: t(`schedule.${k}`),
            }))}
          />
        </FormField>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField label={kind === "once" ? t("day") : t("from")} name="from" error={err("schedule.from")}>
            <Input type="date" defaultValue={today} />
          </FormField>
          {kind !== "once" ? (
            <FormField label={t("until")} name="until" error={err("schedule.until")}>
              <Input type="date" defaultValue={today} />
            </FormField>
          ) : null}
          {kind !== "range" ? (
            <>
              <FormField label={t("startTime")} name="startTime">
                <Input type="time" defaultValue="09:00" />
              </FormField>
              <FormField
                label={t("endTime")}
                name="endTime"
                error={err("schedule.endTime", "schedule.until")}
              >
                <Input type="time" defaultValue="17:00" />
              </FormField>
            </>
          ) : null}
        </div>
        {kind === "weekly" ? (
          <fieldset>
            <legend className="text-slate-700 text-sm">{t("weekdays")}</legend>
            <div className="mt-1 flex flex-wrap gap-3">
              {WEEKDAYS.map((d) => (
                <label key={d} className="flex min-h-10 items-center gap-1.5 text-slate-800 text-sm">
                  <input type="checkbox" name="weekdays" value={d} className="size-4" />
                  {tw(d)}
                </label>
              ))}
            </div>
            {err("schedule.weekdays").length ? (
              <p className="text-red-700 text-sm" role="alert">
                {t("weekdaysRequired")}
              </p>
            ) : null}
          </fieldset>
        ) : null}
        <p className="text-slate-600 text-sm">{t("timeZone", { zone: timeZone })}</p>
      </fieldset>

      <Button type="submit" loading={pending}>
        {t("submit")}
      </Button>
      {issued ? (
        <div
          role="status"
          className="space-y-1 rounded-lg border border-emerald-300 bg-emerald-50 p-4 text-sm"
        >
          <p className="font-medium text-emerald-900">{issued.pending ? t("pendingDone") : t("done")}</p>
          <p className="text-slate-800">
            {t("pin")}:{" "}
            <span className="font-mono font-semibold" data-testid="pass-pin">
              {issued.pin}
            </span>
          </p>
          <p className="break-all text-slate-800">
            {t("link")}:{" "}
            <a className="text-brand-700 underline" href={issued.link} data-testid="pass-link">
              {issued.link}
            </a>
          </p>
        </div>
      ) : null}
    </form>
  );
}
