"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { AUDIENCE_KINDS, type AudienceKind } from "@/lib/domain/announcement-constants";
import type { FieldErrors } from "@/lib/errors";
import { postAnnouncementAction } from "@/server/actions/post-announcement";

/** The poster's form: title, message, audience (floors or units when chosen), and the emergency switch. */
export function AnnouncementForm({ units }: { units: { id: string; number: string; floor: number }[] }) {
  const t = useTranslations("announcements.form");
  const errorText = useErrorMessage();
  const router = useRouter();
  const [kind, setKind] = useState<AudienceKind>("building");
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<FieldErrors>({});
  const [done, setDone] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const floors = [...new Set(units.map((u) => u.floor))].sort((a, b) => a - b);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    startTransition(async () => {
      const r = await postAnnouncementAction({
        title: String(data.get("title") ?? ""),
        body: String(data.get("body") ?? ""),
        emergency: data.get("emergency") === "on",
        audience: {
          kind,
          ...(kind === "floors" ? { floors: data.getAll("floors").map(Number) } : {}),
          ...(kind === "units" ? { unitIds: data.getAll("unitIds").map(String) } : {}),
        },
      });
      if (!r.ok) {
        setError(errorText(r));
        setFields(r.fields ?? {});
        setDone(null);
        return;
      }
      setError(null);
      setFields({});
      setDone(t("posted", { count: r.data.announcement.counts?.recipients ?? 0 }));
      form.reset();
      setKind("building");
      router.refresh();
    });
  };

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <FormError message={error} />
      <FormField label={t("titleLabel")} name="title" required error={fields.title}>
        <Input maxLength={120} />
      </FormField>
      <FormField label={t("bodyLabel")} name="body" required error={fields.body}>
        <Textarea rows={4} maxLength={4000} />
      </FormField>
      <FormField label={t("audience")} name="audienceKind" error={fields["audience.kind"]}>
        <Select
          value={kind}
          onChange={(e) => setKind(e.target.value as AudienceKind)}
          options={AUDIENCE_KINDS.map((k) => ({ value: k, label: t(`audiences.${k}`) }))}
        />
      </FormField>
      {kind === "floors" ? (
        <Choices legend={t("floors")} errors={fields["audience.floors"] ?? fields.audience}>
          {floors.map((f) => (
            <Choice key={f} name="floors" value={String(f)} label={t("floorOption", { floor: f })} />
          ))}
        </Choices>
      ) : null}
      {kind === "units" ? (
        <Choices legend={t("units")} errors={fields["audience.unitIds"] ?? fields.audience}>
          {units.map((u) => (
            <Choice key={u.id} name="unitIds" value={u.id} label={t("unitOption", { number: u.number })} />
          ))}
        </Choices>
      ) : null}
      <div className="flex items-start gap-2">
        <input
          id="announcement-emergency"
          type="checkbox"
          name="emergency"
          aria-describedby="announcement-emergency-hint"
          className="mt-1 size-4"
        />
        <div>
          <label htmlFor="announcement-emergency" className="font-medium text-slate-900 text-sm">
            {t("emergency")}
          </label>
          <p id="announcement-emergency-hint" className="text-slate-600 text-sm">
            {t("emergencyHint")}
          </p>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" loading={pending}>
          {t("submit")}
        </Button>
        <p role="status" className="text-emerald-800 text-sm">
          {done}
        </p>
      </div>
    </form>
  );
}

function Choices({
  legend,
  errors,
  children,
}: {
  legend: string;
  errors?: string[];
  children: React.ReactNode;
}) {
  return (
    <fieldset className="space-y-2">
      <legend className="font-medium text-slate-900 text-sm">{legend}</legend>
      <div className="grid max-h-56 grid-cols-2 gap-2 overflow-y-auto sm:grid-cols-4">{children}</div>
      {errors?.length ? <p className="text-red-700 text-sm">{errors.join(" ")}</p> : null}
    </fieldset>
  );
}

function Choice({ name, value, label }: { name: string; value: string; label: string }) {
  return (
    <label className="flex min-h-10 items-center gap-2 text-sm">
      <input type="checkbox" name={name} value={value} className="size-4" />
      {label}
    </label>
  );
}
