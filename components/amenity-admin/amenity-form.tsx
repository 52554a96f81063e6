"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { useErrorMessage } from "@/components/ui/use-error-message";
import type { Amenity } from "@/lib/domain/amenity";
import { AMENITY_BOOKERS, type AmenityBooker } from "@/lib/domain/amenity-constants";
import type { FieldErrors } from "@/lib/errors";
import { saveAmenityAction } from "@/server/actions/save-amenity";
import { ChoiceList } from "./choice-list";

type Option = { id: string; name: string };

/** Minor units (cents) from what a person types in major units ("12.50"). */
const toMinor = (v: FormDataEntryValue | null) =>
  Math.round(Number(String(v ?? "0").replace(",", ".") || 0) * 100);

/**
 * Define or edit an amenity: doors, hours, slot length, capacity, limits, who may book, fee, deposit and rules.
 * The server validates everything again (zod) and names each wrong field.
 */
export function AmenityForm({
  amenity,
  locks,
  groups,
  currency,
}: {
  amenity?: Amenity;
  locks: Option[];
  groups: Option[];
  currency: string;
}) {
  const t = useTranslations("amenityAdmin.form");
  const errorText = useErrorMessage();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<FieldErrors>({});
  const [done, setDone] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const a = amenity;

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const text = (k: string) => String(data.get(k) ?? "").trim();
    const int = (k: string) => Number.parseInt(text(k), 10);
    startTransition(async () => {
      const r = await saveAmenityAction({
        id: a?.id,
        amenity: {
          name: text("name"),
          doorDeviceIds: data.getAll("doorDeviceIds").map(String),
          doorGroupIds: data.getAll("doorGroupIds").map(String),
          capacity: int("capacity"),
          slotMinutes: int("slotMinutes"),
          openFrom: text("openFrom"),
          openUntil: text("openUntil"),
          bookableBy: data.getAll("bookableBy").map(String) as AmenityBooker[],
          maxAdvanceDays: int("maxAdvanceDays"),
          maxPerWeek: int("maxPerWeek"),
          feeMinor: toMinor(data.get("fee")),
          depositMinor: toMinor(data.get("deposit")),
          rules: text("rules"),
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
      setDone(a ? t("saved", { name: r.data.amenity.name }) : t("created", { name: r.data.amenity.name }));
      if (!a) form.reset();
      router.refresh();
    });
  };

  return (
    <form
      onSubmit={submit}
      className="space-y-4"
      noValidate
      aria-label={a ? t("editTitle", { name: a.name }) : t("newTitle")}
    >
      <FormError message={error} />
      <FormField label={t("name")} name="name" required error={fields.name}>
        <Input maxLength={80} defaultValue={a?.name} autoComplete="off" />
      </FormField>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          label={t("capacity")}
          name="capacity"
          required
          hint={t("capacityHint")}
          error={fields.capacity}
        >
          <Input type="number" min={1} max={500} defaultValue={a?.capacity ?? 1} inputMode="numeric" />
        </FormField>
        <FormField label={t("slotMinutes")} name="slotMinutes" required error={fields.slotMinutes}>
          <Input type="number" min={15} max={1440} step={15} defaultValue={a?.slotMinutes ?? 60} />
        </FormField>
        <FormField label={t("openFrom")} name="openFrom" required error={fields.openFrom}>
          <Input type="time" defaultValue={a?.openFrom ?? "08:00"} />
        </FormField>
        <FormField label={t("openUntil")} name="openUntil" required error={fields.openUntil}>
          <Input type="time" defaultValue={a?.openUntil ?? "22:00"} />
        </FormField>
        <FormField label={t("maxAdvanceDays")} name="maxAdvanceDays" error={fields.maxAdvanceDays}>
          <Input type="number" min={0} max={365} defaultValue={a?.maxAdvanceDays ?? 30} />
        </FormField>
        <FormField
          label={t("maxPerWeek")}
          name="maxPerWeek"
          hint={t("maxPerWeekHint")}
          error={fields.maxPerWeek}
        >
          <Input type="number" min={0} max={100} defaultValue={a?.maxPerWeek ?? 0} />
        </FormField>
        <FormField label={t("fee", { currency })} name="fee" error={fields.feeMinor}>
          <Input type="number" min={0} step="0.01" defaultValue={((a?.feeMinor ?? 0) / 100).toFixed(2)} />
        </FormField>
        <FormField label={t("deposit", { currency })} name="deposit" error={fields.depositMinor}>
          <Input type="number" min={0} step="0.01" defaultValue={((a?.depositMinor ?? 0) / 100).toFixed(2)} />
        </FormField>
      </div>
      <ChoiceList
        legend={t("bookableBy")}
        name="bookableBy"
        options={AMENITY_BOOKERS.map((b) => ({ id: b, label: t(`bookers.${b}`) }))}
        checked={a?.bookableBy ?? ["resident"]}
        errors={fields.bookableBy}
      />
      <ChoiceList
        legend={t("doors")}
        name="doorDeviceIds"
        options={locks.map((l) => ({ id: l.id, label: l.name }))}
        checked={a?.doorDeviceIds ?? []}
        empty={t("noLocks")}
        errors={fields.doorDeviceIds}
      />
      {groups.length ? (
        <ChoiceList
          legend={t("doorGroups")}
          name="doorGroupIds"
          options={groups.map((g) => ({ id: g.id, label: g.name }))}
          checked={a?.doorGroupIds ?? []}
          errors={fields.doorGroupIds}
        />
      ) : null}
      <FormField label={t("rules")} name="rules" hint={t("rulesHint")} error={fields.rules}>
        <Textarea rows={4} maxLength={4000} defaultValue={a?.rules} />
      </FormField>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" loading={pending}>
          {a ? t("save") : t("create")}
        </Button>
        <p role="status" className="text-emerald-800 text-sm">
          {done}
        </p>
      </div>
    </form>
  );
}
