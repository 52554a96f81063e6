"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useRef, useState, useTransition } from "react";
import { focusFirstInvalid } from "@/components/manager/focus-first-invalid";
import { SavedIndicator, type SaveState } from "@/components/manager/saved-indicator";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { FormField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/toast";
import { useErrorMessage } from "@/components/ui/use-error-message";
import type { AlarmSettings } from "@/lib/domain/alarm-rules";
import type { ThresholdRange } from "@/lib/domain/alarm-thresholds";
import { updateBuildingConfigAction } from "@/server/actions/update-building-config";

type Option = { id: string; name: string };
type Values = Record<string, string | boolean>;

const METRICS = ["temperature", "humidity"] as const;
const ENDS = ["min", "max"] as const;
const num = (v: number | null | undefined) => (v === null || v === undefined ? "" : String(v));

/** The form's flat values from the stored settings (names are the patch's paths under `alarms`). */
function flatten(
  s: Pick<AlarmSettings, "thresholds" | "shutOff" | "escalation" | "backupAccess">,
  sensors: Option[],
) {
  const v: Values = {};
  for (const m of METRICS) {
    for (const e of ENDS) v[`thresholds.${m}.${e}`] = num(s.thresholds[m][e]);
    v[`thresholds.hysteresis.${m}`] = num(s.thresholds.hysteresis[m]);
    for (const d of sensors)
      for (const e of ENDS)
        v[`thresholds.devices.${d.id}.${m}.${e}`] = num(s.thresholds.devices[d.id]?.[m]?.[e]);
  }
  v["escalation.email"] = s.escalation.email ?? "";
  v["shutOff.requireApproval"] = s.shutOff.requireApproval;
  v["shutOff.buildingValve"] =
    s.shutOff.valves.find((x) => x.unitId === null && x.floor === null)?.deviceId ?? "";
  v["backupAccess.deviceId"] = s.backupAccess.deviceId ?? "";
  v["backupAccess.instructions"] = s.backupAccess.instructions;
  return v;
}

/** A typed number, an empty end (null), or the text as typed so the server names the field. */
const parsed = (x: string | boolean | undefined): number | null | string => {
  const t = String(x ?? "")
    .trim()
    .replace(",", ".");
  if (t === "") return null;
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : t;
};

/**
 * The building's alarm settings: temperature and humidity ranges with their hysteresis and per-sensor
 * overrides, the escalation contact for smoke and CO, the building's shut-off valve and whether closing it
 * waits for staff, and the backup access a guest gets when their door's lock goes offline. Saved as one patch
 * of `alarms` (the server validates it with the config's zod schema and names each wrong field).
 */
export function AlarmSettingsForm({
  settings,
  sensors,
  valves,
  locks,
}: {
  settings: Pick<AlarmSettings, "thresholds" | "shutOff" | "escalation" | "backupAccess">;
  sensors: Option[];
  valves: Option[];
  locks: Option[];
}) {
  const t = useTranslations("alarmSettings");
  const errorText = useErrorMessage();
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const headingId = useId();
  const [values, setValues] = useState<Values>(() => flatten(settings, sensors));
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [state, setState] = useState<SaveState>({ kind: "clean" });
  const [pending, startTransition] = useTransition();
  // only sensors with an override are listed (a large building has hundreds); more are added one at a time
  const [shown, setShown] = useState<string[]>(() =>
    sensors.filter((d) => settings.thresholds.devices[d.id]).map((d) => d.id),
  );
  const set = (name: string, v: string | boolean) => {
    setValues((cur) => ({ ...cur, [name]: v }));
    setState({ kind: "dirty" });
  };
  const range = (prefix: string) =>
    Object.fromEntries(ENDS.map((e) => [e, parsed(values[`${prefix}.${e}`])])) as ThresholdRange;

  const patch = () => {
    const devices: Record<string, Partial<Record<(typeof METRICS)[number], ThresholdRange>>> = {};
    for (const d of sensors) {
      for (const m of METRICS) {
        const r = range(`thresholds.devices.${d.id}.${m}`);
        if (r.min !== null || r.max !== null) devices[d.id] = { ...devices[d.id], [m]: r };
      }
    }
    const valve = String(values["shutOff.buildingValve"] ?? "");
    const others = settings.shutOff.valves.filter((x) => x.unitId !== null || x.floor !== null);
    const email = String(values["escalation.email"] ?? "").trim();
    return {
      alarms: {
        thresholds: {
          temperature: range("thresholds.temperature"),
          humidity: range("thresholds.humidity"),
          hysteresis: {
            temperature: parsed(values["thresholds.hysteresis.temperature"]) ?? 0,
            humidity: parsed(values["thresholds.hysteresis.humidity"]) ?? 0,
          },
          devices,
        },
        shutOff: {
          requireApproval: values["shutOff.requireApproval"] === true,
          valves: valve ? [...others, { deviceId: valve, unitId: null, floor: null }] : others,
        },
        escalation: { email: email || null },
        backupAccess: {
          deviceId: String(values["backupAccess.deviceId"] ?? "") || null,
          instructions: String(values["backupAccess.instructions"] ?? ""),
        },
      },
    };
  };

  const onSubmit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    startTransition(async () => {
      const result = await updateBuildingConfigAction(
        patch() as Parameters<typeof updateBuildingConfigAction>[0],
      );
      if (result.ok) {
        setErrors({});
        setFormError(null);
        setState({ kind: "saved", at: new Date() });
        toast.success(t("saved"));
        router.refresh();
        return;
      }
      const next: Record<string, string[]> = {};
      for (const key of Object.keys(result.fields ?? {})) {
        const name = key.replace(/^alarms\./, "");
        const field = Object.keys(values).find((v) => name === v || name.startsWith(`${v}.`));
        // a range's "max below min" lands on max; a whole section's error on its first field
        if (field) next[field] = [t("invalid")];
        else if (name.startsWith("escalation")) next["escalation.email"] = [t("invalidEmail")];
      }
      setErrors(next);
      setFormError(Object.keys(next).length ? t("fixFields") : errorText(result));
      focusFirstInvalid(formRef.current);
    });
  };

  const numberField = (name: string, label: string) => (
    <FormField key={name} label={label} name={name} error={errors[name]}>
      <Input
        inputMode="decimal"
        value={String(values[name] ?? "")}
        onChange={(e) => set(name, e.currentTarget.value)}
      />
    </FormField>
  );

  return (
    <Card>
      <form
        ref={formRef}
        onSubmit={onSubmit}
        noValidate
        aria-labelledby={headingId}
        data-testid="alarm-settings"
      >
        <CardHeader>
          <CardTitle id={headingId}>{t("title")}</CardTitle>
          <CardDescription>{t("description")}</CardDescription>
        </CardHeader>
        <CardContent className="space-y-6">
          <FormError message={formError} title={t("errorTitle")} />
          {METRICS.map((m) => (
            <fieldset key={m} className="space-y-3">
              <legend className="font-semibold text-slate-900">{t(`metric.${m}`)}</legend>
              <p className="text-slate-600 text-sm">{t("rangeHint")}</p>
              <div className="grid gap-4 sm:grid-cols-3">
                {numberField(`thresholds.${m}.min`, t("min"))}
                {numberField(`thresholds.${m}.max`, t("max"))}
                {numberField(`thresholds.hysteresis.${m}`, t("hysteresis"))}
              </div>
            </fieldset>
          ))}
          {sensors.length ? (
            <fieldset className="space-y-3">
              <legend className="font-semibold text-slate-900">{t("overrides")}</legend>
              <p className="text-slate-600 text-sm">{t("overridesHint")}</p>
              <ul className="space-y-4">
                {sensors
                  .filter((d) => shown.includes(d.id))
                  .map((d) => (
                    <li key={d.id} className="rounded-md border border-slate-200 p-3">
                      <p className="mb-2 font-medium text-slate-900 text-sm">{d.name}</p>
                      <div className="grid gap-3 sm:grid-cols-4">
                        {METRICS.flatMap((m) =>
                          ENDS.map((e) =>
                            numberField(
                              `thresholds.devices.${d.id}.${m}.${e}`,
                              t("overrideField", { metric: t(`metric.${m}`), end: t(e), device: d.name }),
                            ),
                          ),
                        )}
                      </div>
                    </li>
                  ))}
              </ul>
              <FormField label={t("addOverride")} name="addOverride">
                <Select
                  value=""
                  onChange={(e) => {
                    const id = e.currentTarget.value;
                    if (id) setShown((cur) => (cur.includes(id) ? cur : [...cur, id]));
                  }}
                >
                  <option value="">{t("chooseSensor")}</option>
                  {sensors
                    .filter((d) => !shown.includes(d.id))
                    .map((d) => (
                      <option key={d.id} value={d.id}>
                        {d.name}
                      </option>
                    ))}
                </Select>
              </FormField>
            </fieldset>
          ) : null}
          <fieldset className="grid gap-4 sm:grid-cols-2">
            <legend className="mb-2 font-semibold text-slate-900">{t("actions")}</legend>
            <FormField
              label={t("escalationEmail")}
              name="escalation.email"
              hint={t("escalationHint")}
              error={errors["escalation.email"]}
            >
              <Input
                type="email"
                value={String(values["escalation.email"])}
                onChange={(e) => set("escalation.email", e.currentTarget.value)}
              />
            </FormField>
            <FormField
              label={t("valve")}
              name="shutOff.buildingValve"
              hint={t("valveHint")}
              error={errors["shutOff.buildingValve"]}
            >
              <Select
                value={String(values["shutOff.buildingValve"])}
                onChange={(e) => set("shutOff.buildingValve", e.currentTarget.value)}
              >
                <option value="">{t("none")}</option>
                {valves.map((v) => (
                  <option key={v.id} value={v.id}>
                    {v.name}
                  </option>
                ))}
              </Select>
            </FormField>
            <label className="flex items-start gap-3 rounded-md border border-slate-200 p-3 text-sm sm:col-span-2">
              <input
                type="checkbox"
                name="shutOff.requireApproval"
                checked={values["shutOff.requireApproval"] === true}
                onChange={(e) => set("shutOff.requireApproval", e.currentTarget.checked)}
                className="mt-0.5 size-4"
              />
              <span className="text-slate-900">{t("requireApproval")}</span>
            </label>
            <FormField
              label={t("backupLock")}
              name="backupAccess.deviceId"
              hint={t("backupLockHint")}
              error={errors["backupAccess.deviceId"]}
            >
              <Select
                value={String(values["backupAccess.deviceId"])}
                onChange={(e) => set("backupAccess.deviceId", e.currentTarget.value)}
              >
                <option value="">{t("none")}</option>
                {locks.map((v) => (
                  <option key={v.id} value={v.id}>
                    {v.name}
                  </option>
                ))}
              </Select>
            </FormField>
            <FormField
              label={t("backupInstructions")}
              name="backupAccess.instructions"
              hint={t("backupInstructionsHint")}
              error={errors["backupAccess.instructions"]}
            >
              <Textarea
                maxLength={1000}
                value={String(values["backupAccess.instructions"])}
                onChange={(e) => set("backupAccess.instructions", e.currentTarget.value)}
              />
            </FormField>
          </fieldset>
        </CardContent>
        <CardFooter className="justify-between">
          <SavedIndicator state={state} />
          <Button type="submit" loading={pending}>
            {t("save")}
          </Button>
        </CardFooter>
      </form>
    </Card>
  );
}
