"use client";

import { useId } from "react";
import { FieldErrors, FormField } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { FieldSpec, FieldValue } from "./field-spec";

type Props = {
  spec: FieldSpec;
  label: string;
  hint?: string;
  value: FieldValue | undefined;
  error?: string[];
  onChange: (v: FieldValue) => void;
};

const checkboxClass = "mt-0.5 size-5 shrink-0 rounded border-slate-400 accent-brand-600";

/** One control of a settings section, chosen by the field's kind; label, hint and errors wired for screen readers. */
export function SectionField({ spec, label, hint, value, error, onChange }: Props) {
  const id = `f${useId().replace(/:/g, "")}`;
  const text = typeof value === "string" ? value : "";
  const wide = spec.kind === "textarea" || spec.kind === "lines" || spec.kind === "checkboxes";

  if (spec.kind === "switch") {
    const hintId = hint ? `${id}-hint` : undefined;
    return (
      <div className="flex items-start gap-3 rounded-md border border-slate-200 p-3">
        <input
          id={id}
          type="checkbox"
          name={spec.name}
          checked={value === true}
          onChange={(e) => onChange(e.currentTarget.checked)}
          aria-describedby={hintId}
          className={checkboxClass}
        />
        <div className="space-y-0.5">
          <label htmlFor={id} className="font-medium text-slate-900 text-sm">
            {label}
          </label>
          {hint ? (
            <p id={hintId} className="text-slate-600 text-sm">
              {hint}
            </p>
          ) : null}
        </div>
      </div>
    );
  }

  if (spec.kind === "checkboxes") {
    const chosen = Array.isArray(value) ? value : [];
    const errorId = error?.length ? `${id}-error` : undefined;
    return (
      <fieldset
        className="space-y-2 sm:col-span-2"
        aria-describedby={errorId}
        aria-invalid={errorId ? true : undefined}
      >
        <legend className="font-medium text-slate-900 text-sm">{label}</legend>
        {hint ? <p className="text-slate-600 text-sm">{hint}</p> : null}
        <div className="flex flex-wrap gap-4">
          {spec.options.map((o) => (
            <label key={o.value} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name={spec.name}
                value={o.value}
                checked={chosen.includes(o.value)}
                onChange={(e) =>
                  onChange(
                    e.currentTarget.checked ? [...chosen, o.value] : chosen.filter((c) => c !== o.value),
                  )
                }
                className={checkboxClass}
              />
              {o.label}
            </label>
          ))}
        </div>
        <FieldErrors id={errorId} errors={error} />
      </fieldset>
    );
  }

  return (
    <FormField
      label={label}
      name={spec.name}
      hint={hint}
      error={error}
      className={wide ? "sm:col-span-2" : undefined}
    >
      {spec.kind === "number" ? (
        <Input
          type="number"
          inputMode="numeric"
          min={spec.min}
          max={spec.max}
          step={1}
          value={text}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      ) : spec.kind === "time" ? (
        <Input type="time" value={text} onChange={(e) => onChange(e.currentTarget.value)} />
      ) : spec.kind === "select" ? (
        <Select value={text} options={spec.options} onChange={(e) => onChange(e.currentTarget.value)} />
      ) : spec.kind === "text" ? (
        <Input maxLength={spec.max} value={text} onChange={(e) => onChange(e.currentTarget.value)} />
      ) : (
        <Textarea
          rows={spec.kind === "lines" ? 4 : 3}
          maxLength={spec.kind === "textarea" ? spec.max : undefined}
          value={text}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      )}
    </FormField>
  );
}
