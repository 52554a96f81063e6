"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { useErrorMessage } from "@/components/ui/use-error-message";
import {
  MESSAGE_CHANNELS,
  MESSAGE_MOMENTS,
  MESSAGE_PLACEHOLDERS,
  type MessageMoment,
  type MessageTemplates,
  type MessageText,
  type MomentTemplate,
  messageTemplatesSchema,
} from "@/lib/domain/guest-message";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n";
import { saveMessageTemplatesAction } from "@/server/actions/guest-messages";

/**
 * The manager's editor of guest messages: per moment, on/off, channels, timing and the words in the language
 * picked at the top (every language is saved together). Checked in the browser with the same schema the server
 * uses, so a mistyped placeholder is named at its field before anything is sent.
 */
export function MessageTemplatesForm({ initial }: { initial: MessageTemplates }) {
  const t = useTranslations("guestMessages.templates");
  const tm = useTranslations("guestMessages.moments");
  const tc = useTranslations("guestMessages.timeline.channel");
  const errorText = useErrorMessage();
  const router = useRouter();
  const [templates, setTemplates] = useState(initial);
  const [locale, setLocale] = useState<Locale>("en");
  const [bad, setBad] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const langId = useId();

  const setMoment = (m: MessageMoment, patch: Partial<MomentTemplate>) =>
    setTemplates((all) => ({ ...all, [m]: { ...all[m], ...patch } }));
  const setText = (m: MessageMoment, key: keyof MessageText, value: string) =>
    setTemplates((all) => ({
      ...all,
      [m]: { ...all[m], texts: { ...all[m].texts, [locale]: { ...all[m].texts[locale], [key]: value } } },
    }));
  const fieldError = (path: string) => (bad.has(path) ? [t("invalid")] : undefined);

  const save = () =>
    start(async () => {
      setError(null);
      setSaved(null);
      const parsed = messageTemplatesSchema.safeParse(templates);
      if (!parsed.success) {
        const paths = new Set(parsed.error.issues.map((i) => i.path.join(".")));
        setBad(paths);
        const first = [...paths][0]?.split(".");
        if (first?.[1] === "texts" && first[2]) setLocale(first[2] as Locale);
        return setError(t("fix"));
      }
      setBad(new Set());
      const r = await saveMessageTemplatesAction({ templates: parsed.data });
      if (!r.ok) return setError(errorText(r));
      setSaved(t("saved"));
      router.refresh();
    });

  return (
    <form
      className="space-y-6"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <div className="max-w-xs space-y-1.5">
        <label htmlFor={langId} className="font-medium text-slate-900 text-sm">
          {t("language")}
        </label>
        <Select
          id={langId}
          value={locale}
          onChange={(e) => setLocale(e.target.value as Locale)}
          options={LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))}
        />
      </div>
      <p className="text-slate-600 text-sm">
        {t("placeholders")} {MESSAGE_PLACEHOLDERS.map((p) => `{${p}}`).join(" ")}
      </p>
      {MESSAGE_MOMENTS.map((m) => {
        const mt = templates[m];
        const text = mt.texts[locale];
        const base = `${m}.texts.${locale}`;
        return (
          <fieldset key={m} className="space-y-3 rounded-md border border-slate-200 p-4">
            <legend className="px-1 font-semibold text-slate-900">{tm(m)}</legend>
            <label className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={mt.enabled}
                onChange={(e) => setMoment(m, { enabled: e.target.checked })}
              />
              {t("enabled")}
            </label>
            <fieldset className="flex flex-wrap gap-4 text-sm">
              <legend className="mb-1 font-medium text-slate-900">{t("channels")}</legend>
              {MESSAGE_CHANNELS.map((c) => (
                <label key={c} className="flex items-center gap-2">
                  <input
                    type="checkbox"
                    checked={mt.channels.includes(c)}
                    onChange={(e) =>
                      setMoment(m, {
                        channels: e.target.checked ? [...mt.channels, c] : mt.channels.filter((x) => x !== c),
                      })
                    }
                  />
                  {tc(c)}
                </label>
              ))}
            </fieldset>
            {bad.has(`${m}.channels`) ? <p className="text-red-700 text-sm">{t("oneChannel")}</p> : null}
            <div className="grid gap-3 sm:grid-cols-2">
              {m === "before_arrival" ? (
                <FormField
                  label={t("daysBefore")}
                  name={`${m}.daysBefore`}
                  error={fieldError(`${m}.daysBefore`)}
                >
                  <Input
                    type="number"
                    min={1}
                    max={30}
                    value={mt.daysBefore}
                    onChange={(e) => setMoment(m, { daysBefore: Number(e.target.value) })}
                  />
                </FormField>
              ) : null}
              {m === "before_arrival" || m === "departure_morning" ? (
                <FormField label={t("time")} name={`${m}.time`} error={fieldError(`${m}.time`)}>
                  <Input
                    type="time"
                    value={mt.time}
                    onChange={(e) => setMoment(m, { time: e.target.value })}
                  />
                </FormField>
              ) : null}
              {m === "after_checkout" ? (
                <FormField
                  label={t("hoursAfter")}
                  name={`${m}.hoursAfter`}
                  error={fieldError(`${m}.hoursAfter`)}
                >
                  <Input
                    type="number"
                    min={0}
                    max={72}
                    value={mt.hoursAfter}
                    onChange={(e) => setMoment(m, { hoursAfter: Number(e.target.value) })}
                  />
                </FormField>
              ) : null}
            </div>
            <FormField
              label={t("subject", { language: LOCALE_NAMES[locale] })}
              name={`${base}.subject`}
              error={fieldError(`${base}.subject`)}
            >
              <Input
                value={text.subject}
                maxLength={200}
                onChange={(e) => setText(m, "subject", e.target.value)}
              />
            </FormField>
            <FormField
              label={t("body", { language: LOCALE_NAMES[locale] })}
              name={`${base}.body`}
              error={fieldError(`${base}.body`)}
            >
              <Textarea
                value={text.body}
                rows={5}
                maxLength={4000}
                onChange={(e) => setText(m, "body", e.target.value)}
              />
            </FormField>
            <FormField
              label={t("sms", { language: LOCALE_NAMES[locale] })}
              name={`${base}.sms`}
              error={fieldError(`${base}.sms`)}
            >
              <Textarea
                value={text.sms}
                rows={2}
                maxLength={480}
                onChange={(e) => setText(m, "sms", e.target.value)}
              />
            </FormField>
          </fieldset>
        );
      })}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" loading={pending}>
          {t("save")}
        </Button>
        <p role="status" className="text-emerald-800 text-sm">
          {saved}
        </p>
      </div>
      <FormError message={error} />
    </form>
  );
}
