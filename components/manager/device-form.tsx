"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FormField } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { toast } from "@/components/ui/toast";
import { DEVICE_TYPES, type DeviceType } from "@/lib/domain/device-constants";
import { registerDeviceAction } from "@/server/actions/register-device";
import { updateRegistryDeviceAction } from "@/server/actions/update-registry-device";
import { type FieldErrors, ManagerForm, useManagerForm } from "./manager-form";

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
  const router = useRouter();
  const form = useManagerForm<Field>();
  const { errors, setState, startTransition } = form;

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
        form.succeeded();
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
      const next: FieldErrors<Field> = {};
      for (const key of Object.keys(result.fields ?? {})) {
        if ((FIELDS as readonly string[]).includes(key)) next[key as Field] = [t(`errors.${key as Field}`)];
      }
      form.failed(next, result.code);
    });
  };

  return (
    <ManagerForm
      form={form}
      onSubmit={onSubmit}
      editing={Boolean(device)}
      labels={{
        errorTitle: t("errorTitle"),
        cancel: t("cancel"),
        submit: device ? t("save") : t("register"),
      }}
      cancelHref="/manager/devices"
    >
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
    </ManagerForm>
  );
}
