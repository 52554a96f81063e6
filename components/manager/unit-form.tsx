"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormField } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { toast } from "@/components/ui/toast";
import type { UnitDTO } from "@/lib/domain/unit";
import { UNIT_STATUSES, UNIT_TYPES, type UnitStatus, type UnitType } from "@/lib/domain/unit-constants";
import { parseMajorAmount, toMajorText } from "@/lib/money";
import { createUnitAction } from "@/server/actions/create-unit";
import { updateUnitAction } from "@/server/actions/update-unit";
import { focusFirstInvalid } from "./focus-first-invalid";
import { type FieldErrors, ManagerForm, useManagerForm } from "./manager-form";

const FIELDS = ["number", "floor", "type", "capacity", "status", "nightlyRate"] as const;
type Field = (typeof FIELDS)[number];

/** Adding a unit, or editing one (`unit` given): details, status, rentable and nightly rate in the building's currency. */
export function UnitForm({ unit, currency }: { unit?: UnitDTO; currency: string }) {
  const t = useTranslations("units.form");
  const types = useTranslations("units.types");
  const statuses = useTranslations("unitStatus");
  const router = useRouter();
  const form = useManagerForm<Field>();
  const { errors, setErrors, setState, startTransition } = form;
  const [rentable, setRentable] = useState(unit?.rentable ?? true);

  const onSubmit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const text = (k: string) => String(data.get(k) ?? "").trim();
    const rateText = text("nightlyRate");
    const rate = rateText ? parseMajorAmount(rateText, currency) : null;
    if (rateText && rate === null) {
      setErrors({ nightlyRate: [t("errors.nightlyRate", { currency })] });
      focusFirstInvalid(form.formRef.current);
      return;
    }
    const whole = (k: string) => (/^-?\d+$/.test(text(k)) ? Number(text(k)) : Number.NaN);
    const input = {
      number: text("number"),
      floor: whole("floor"),
      type: text("type") as UnitType,
      capacity: whole("capacity"),
      status: text("status") as UnitStatus,
      rentable,
      nightlyRateMinor: rate,
    };
    startTransition(async () => {
      const result = unit
        ? await updateUnitAction({ unitId: unit.id, ...input })
        : await createUnitAction(input);
      if (result.ok) {
        form.succeeded();
        toast.success(unit ? t("saved") : t("created", { number: input.number }));
        if (unit) {
          setState({ kind: "saved", at: new Date() });
          router.refresh();
        } else router.push(`/manager/units/${result.data.id}`);
        return;
      }
      const next: FieldErrors<Field> = {};
      for (const key of Object.keys(result.fields ?? {})) {
        const field = (key === "nightlyRateMinor" ? "nightlyRate" : key) as Field;
        if (!FIELDS.includes(field)) continue;
        next[field] = [
          result.code === "conflict" && field === "number"
            ? t("errors.numberTaken")
            : t(`errors.${field}`, { currency }),
        ];
      }
      form.failed(next, result.code);
    });
  };

  return (
    <ManagerForm
      form={form}
      onSubmit={onSubmit}
      editing={Boolean(unit)}
      labels={{ errorTitle: t("errorTitle"), cancel: t("cancel"), submit: unit ? t("save") : t("create") }}
      cancelHref="/manager/units"
    >
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField label={t("number")} name="number" required error={errors.number} hint={t("numberHint")}>
          <Input defaultValue={unit?.number} maxLength={20} autoComplete="off" />
        </FormField>
        <FormField label={t("floor")} name="floor" required error={errors.floor}>
          <Input
            type="number"
            inputMode="numeric"
            step={1}
            min={-10}
            max={300}
            defaultValue={unit?.floor ?? 1}
          />
        </FormField>
        <FormField label={t("type")} name="type" required error={errors.type}>
          <Select
            defaultValue={unit?.type ?? "one_bedroom"}
            options={UNIT_TYPES.map((v) => ({ value: v, label: types(v) }))}
          />
        </FormField>
        <FormField
          label={t("capacity")}
          name="capacity"
          required
          error={errors.capacity}
          hint={t("capacityHint")}
        >
          <Input
            type="number"
            inputMode="numeric"
            step={1}
            min={1}
            max={50}
            defaultValue={unit?.capacity ?? 2}
          />
        </FormField>
        <FormField label={t("status")} name="status" required error={errors.status} hint={t("statusHint")}>
          <Select
            defaultValue={unit?.status ?? "active"}
            options={UNIT_STATUSES.map((v) => ({ value: v, label: statuses(v) }))}
          />
        </FormField>
        <FormField
          label={t("nightlyRate", { currency })}
          name="nightlyRate"
          required={rentable}
          error={errors.nightlyRate}
          hint={t("nightlyRateHint")}
        >
          <Input
            inputMode="decimal"
            defaultValue={unit?.nightlyRateMinor != null ? toMajorText(unit.nightlyRateMinor, currency) : ""}
            autoComplete="off"
          />
        </FormField>
      </div>
      <div className="flex items-start gap-3 rounded-md border border-slate-200 p-3">
        <input
          id="unit-rentable"
          type="checkbox"
          name="rentable"
          checked={rentable}
          onChange={(e) => setRentable(e.currentTarget.checked)}
          aria-describedby="unit-rentable-hint"
          className="mt-0.5 size-5 shrink-0 accent-brand-600"
        />
        <div>
          <label htmlFor="unit-rentable" className="font-medium text-slate-900 text-sm">
            {t("rentable")}
          </label>
          <p id="unit-rentable-hint" className="text-slate-600 text-sm">
            {t("rentableHint")}
          </p>
        </div>
      </div>
    </ManagerForm>
  );
}
