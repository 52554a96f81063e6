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
import type { FieldErrors } from "@/lib/errors";
import { logPackageAction } from "@/server/actions/log-package";
import { uploadPackageFile } from "./upload-package-file";

export type RecipientUnit = { id: string; number: string; residents: { id: string; name: string }[] };

/** The desk's form: the unit (and, optionally, who in it), carrier, tracking number, shelf and a photo. */
export function LogPackageForm({ units }: { units: RecipientUnit[] }) {
  const t = useTranslations("packages.log");
  const errorText = useErrorMessage();
  const router = useRouter();
  const [unitId, setUnitId] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<FieldErrors>({});
  const [done, setDone] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const unit = units.find((u) => u.id === unitId);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const text = (k: string) => String(data.get(k) ?? "").trim();
    const photo = data.get("photo");
    startTransition(async () => {
      let photoKey: string | undefined;
      if (photo instanceof File && photo.size > 0) {
        photoKey = (await uploadPackageFile("package_photo", photo)) ?? undefined;
        if (!photoKey) {
          setError(t("photoFailed"));
          return;
        }
      }
      const r = await logPackageAction({
        photoKey,
        unitId: text("unitId"),
        recipientId: text("recipientId") || undefined,
        carrier: text("carrier"),
        trackingNumber: text("trackingNumber") || undefined,
        shelf: text("shelf") || undefined,
      });
      if (!r.ok) {
        setError(errorText(r));
        setFields(r.fields ?? {});
        setDone(null);
        return;
      }
      setError(null);
      setFields({});
      setDone(t("logged", { unit: unit?.number ?? "" }));
      form.reset();
      setUnitId("");
      router.refresh();
    });
  };
  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <FormError message={error} />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label={t("unit")} name="unitId" required error={fields.unitId}>
          <Select
            value={unitId}
            onChange={(e) => setUnitId(e.target.value)}
            placeholder={t("unitPlaceholder")}
            options={units.map((u) => ({ value: u.id, label: u.number }))}
          />
        </FormField>
        <FormField
          label={t("recipient")}
          name="recipientId"
          hint={t("recipientHint")}
          error={fields.recipientId}
        >
          <Select
            key={unitId}
            disabled={!unit}
            placeholder={t("wholeUnit")}
            options={(unit?.residents ?? []).map((r) => ({ value: r.id, label: r.name }))}
          />
        </FormField>
        <FormField label={t("carrier")} name="carrier" required error={fields.carrier}>
          <Input autoComplete="off" maxLength={60} />
        </FormField>
        <FormField label={t("tracking")} name="trackingNumber" error={fields.trackingNumber}>
          <Input autoComplete="off" maxLength={80} />
        </FormField>
        <FormField label={t("shelf")} name="shelf" error={fields.shelf}>
          <Input autoComplete="off" maxLength={40} />
        </FormField>
        <FormField label={t("photo")} name="photo" hint={t("photoHint")} error={fields.photoKey}>
          <Input type="file" accept="image/jpeg,image/png,image/webp,image/heic" capture="environment" />
        </FormField>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" loading={pending}>
          {t("submit")}
        </Button>
        {done ? (
          <p role="status" className="text-green-800 text-sm">
            {done}
          </p>
        ) : null}
      </div>
    </form>
  );
}
