"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { DEVICE_TYPES, type DeviceType } from "@/lib/domain/device";
import { registerDeviceAction } from "@/server/actions/register-device";
import { updateRegistryDeviceAction } from "@/server/actions/update-registry-device";
import { SavedIndicator, type SaveState } from "./saved-indicator";
import { focusFirstInvalid, useManagerError } from "./use-manager-error";

const COMMON = "common";
const FIELDS = ["type", "name", "unitId", "model", "location"] as const;
type Field = (typeof FIELDS)[number];
type Existing = {
  id: string;
  type: DeviceType;
  name: string;
  unitId: string | null;
  model: string;
  location: string;
};

/** Registering a device (type, name, unit or common area, model, location), or editing one (`device` given). */
export function DeviceForm({
  units,
  device,
}: {
  units: { id: string; number: string }[];
  device?: Existing;
}) {
  const t = useTranslations("registry.form");
  const types = useTranslations("registry.types");
  const errorText = useManagerError();
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<Partial<Record<Field, string[]>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [state, setState] = useState<SaveState>({ kind: "clean" });
  const [pending, startTransition] = useTransition();

  const onSubmit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const text = (k: string) => String(data.get(k) ?? "");
    const place = text("unitId");
    const common = { name: text("name"), model: text("model"), location: text("location") };
    const unitId = place === COMMON || !place ? null : place;
    startTransition(async () => {
      const result = device
        ? await updateRegistryDeviceAction({ deviceId: device.id, ...common, unitId })
        : await registerDeviceAction({ ...common, unitId, type: text("type") as DeviceType });
      if (result.ok) {
        setErrors({});
        setFormError(null);
        if (device) {
          toast.success(t("saved"));
          setState({ kind: "saved", at: new Date() });
          router.refresh();
        } else {
          toast.success(t("registered", { name: result.data.name }));
          router.push(`/manager/devices/${result.data.id}`);
        }
        return;
      }
      const next: Partial<Record<Field, string[]>> = {};
      for (const key of Object.keys(result.fields ?? {})) {
        if ((FIELDS as readonly string[]).includes(key)) next[key as Field] = [t(`errors.${key as Field}`)];
      }
      setErrors(next);
      setFormError(Object.keys(next).length ? null : errorText(result.code));
      focusFirstInvalid(formRef.current);
    });
  };

  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      onChange={() => setState({ kind: "dirty" })}
      noValidate
      className="space-y-5"
    >
      <FormError message={formError} title={t("errorTitle")} />
      <div className="grid gap-5 sm:grid-cols-2">
        {device ? null : (
          <FormField label={t("type")} name="type" required error={errors.type}>
            <Select defaultValue="lock" options={DEVICE_TYPES.map((v) => ({ value: v, label: types(v) }))} />
          </FormField>
        )}
        <FormField label={t("name")} name="name" required error={errors.name} hint={t("nameHint")}>
          <Input defaultValue={device?.name} maxLength={120} autoComplete="off" />
        </FormField>
        <FormField label={t("place")} name="unitId" required error={errors.unitId}>
          <Select
            defaultValue={device ? (device.unitId ?? COMMON) : (units[0]?.id ?? COMMON)}
            options={[
              ...units.map((u) => ({ value: u.id, label: t("unitOption", { number: u.number }) })),
              { value: COMMON, label: t("commonArea") },
            ]}
          />
        </FormField>
        <FormField label={t("model")} name="model" error={errors.model}>
          <Input defaultValue={device?.model} maxLength={120} autoComplete="off" />
        </FormField>
        <FormField label={t("location")} name="location" error={errors.location} hint={t("locationHint")}>
          <Input defaultValue={device?.location} maxLength={120} autoComplete="off" />
        </FormField>
      </div>
      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:items-center sm:justify-between">
        {device ? <SavedIndicator state={state} /> : <span />}
        <div className="flex flex-col-reverse gap-2 sm:flex-row">
          <Button asChild variant="secondary">
            <Link href="/manager/devices">{t("cancel")}</Link>
          </Button>
          <Button type="submit" loading={pending}>
            {device ? t("save") : t("register")}
          </Button>
        </div>
      </div>
    </form>
  );
}
