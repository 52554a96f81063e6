"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { FormError } from "@/components/ui/form-error";
import { toast } from "@/components/ui/toast";
import { useErrorMessage } from "@/components/ui/use-error-message";
import type { FieldErrors } from "@/lib/errors";
import { saveStaySettingsAction } from "@/server/actions/save-stay-settings";
import { updateBuildingConfigAction } from "@/server/actions/update-building-config";
import { updateBuildingDetailsAction } from "@/server/actions/update-building-details";
import { updatePersonaAction } from "@/server/actions/update-persona";
import { type FieldSpec, type FieldValue, type FlatValues, toPatch } from "./field-spec";
import { focusFirstInvalid } from "./focus-first-invalid";
import { SavedIndicator, type SaveState } from "./saved-indicator";
import { SectionField } from "./section-field";

/** Which action saves the section: the config patch, the building's details, the persona, or the stay settings. */
export type SectionTarget = "config" | "details" | "persona" | "staySettings";
const SAVE = {
  config: (p: Record<string, unknown>) => updateBuildingConfigAction(p),
  details: (p: Record<string, unknown>) => updateBuildingDetailsAction(p),
  persona: (p: Record<string, unknown>) =>
    updatePersonaAction(p as Parameters<typeof updatePersonaAction>[0]),
  staySettings: (p: Record<string, unknown>) =>
    saveStaySettingsAction(p as Parameters<typeof saveStaySettingsAction>[0]),
};
type Translate = ((key: string, values?: Record<string, string | number>) => string) & {
  has: (key: string) => boolean;
};

export type SectionFormProps = {
  /** key of the section's title and description in the namespace: `sections.{section}.title` */
  section: string;
  namespace: "settings" | "persona" | "staySettings" | "stayTimes";
  fields: FieldSpec[];
  initial: FlatValues;
  target: SectionTarget;
  /** told of every change (the persona page previews the greeting) */
  onValuesChange?: (values: FlatValues) => void;
};

/**
 * One settings section: its own form and its own save, so a mistake in one section never blocks another.
 * Field errors come back from the server keyed by the same dotted names and are worded here by field kind.
 */
export function SectionForm({
  section,
  namespace,
  fields,
  initial,
  target,
  onValuesChange,
}: SectionFormProps) {
  const t = useTranslations(namespace) as unknown as Translate;
  const tf = useTranslations("settings.form");
  const errorText = useErrorMessage();
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const headingId = useId();
  const [values, setValues] = useState<FlatValues>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [state, setState] = useState<SaveState>({ kind: "clean" });
  const [pending, startTransition] = useTransition();

  const change = (name: string, v: FieldValue) => {
    const next = { ...values, [name]: v };
    setValues(next);
    setState({ kind: "dirty" });
    onValuesChange?.(next);
  };

  const messageFor = (f: FieldSpec): string => {
    const custom = `errors.${f.name}`;
    if (t.has(custom)) return t(custom);
    switch (f.kind) {
      case "number":
        return tf("errors.range", { min: f.min, max: f.max });
      case "time":
        return tf("errors.time");
      case "text":
      case "textarea":
        return tf("errors.text", { max: f.max });
      case "lines":
        return tf("errors.lines", { max: f.maxItems });
      default:
        return tf("errors.choice");
    }
  };

  const onSubmit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    startTransition(async () => {
      const result = await SAVE[target](toPatch(fields, values));
      if (result.ok) {
        setErrors({});
        setFormError(null);
        setState({ kind: "saved", at: new Date() });
        toast.success(tf("savedToast", { section: t(`sections.${section}.title`) }));
        router.refresh();
        return;
      }
      const next: FieldErrors = {};
      for (const f of fields) {
        const hit = Object.keys(result.fields ?? {}).some((k) => k === f.name || k.startsWith(`${f.name}.`));
        if (hit) next[f.name] = [messageFor(f)];
      }
      setErrors(next);
      setFormError(Object.keys(next).length ? tf("fixFields") : errorText(result));
      focusFirstInvalid(formRef.current);
    });
  };

  return (
    <Card>
      <form ref={formRef} onSubmit={onSubmit} noValidate aria-labelledby={headingId} data-section={section}>
        <CardHeader>
          <CardTitle id={headingId}>{t(`sections.${section}.title`)}</CardTitle>
          <CardDescription>{t(`sections.${section}.description`)}</CardDescription>
        </CardHeader>
        <CardContent className="space-y-5">
          <FormError message={formError} title={tf("errorTitle")} />
          <div className="grid gap-5 sm:grid-cols-2">
            {fields.map((f) => (
              <SectionField
                key={f.name}
                spec={f}
                label={t(`fields.${f.name}`)}
                hint={
                  t.has(`hints.${f.name}`) ? t(`hints.${f.name}`) : defaultHint(f, tf as unknown as Translate)
                }
                value={values[f.name]}
                error={errors[f.name]}
                onChange={(v) => change(f.name, v)}
              />
            ))}
          </div>
        </CardContent>
        <CardFooter className="justify-between">
          <SavedIndicator state={state} />
          <Button type="submit" loading={pending}>
            {tf("save")}
          </Button>
        </CardFooter>
      </form>
    </Card>
  );
}

function defaultHint(f: FieldSpec, tf: Translate) {
  if (f.kind === "number") return tf("range", { min: f.min, max: f.max });
  if (f.kind === "lines") return tf("onePerLine");
  return undefined;
}
