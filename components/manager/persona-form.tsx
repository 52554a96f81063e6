"use client";

import { Bot } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { FieldSpec, FlatValues } from "./field-spec";
import { SectionForm } from "./section-form";

/** The persona section with a live preview of how the concierge greets people. */
export function PersonaForm({ fields, initial }: { fields: FieldSpec[]; initial: FlatValues }) {
  const t = useTranslations("persona");
  const [values, setValues] = useState(initial);
  const name = String(values["persona.name"] ?? "").trim() || t("preview.unnamed");
  const greeting = String(values["persona.greeting"] ?? "").trim();
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem] lg:items-start">
      <SectionForm
        section="persona"
        namespace="persona"
        target="persona"
        fields={fields}
        initial={initial}
        onValuesChange={setValues}
      />
      <section
        aria-labelledby="persona-preview"
        className="rounded-lg border border-slate-200 bg-slate-50 p-4 lg:sticky lg:top-4"
      >
        <h2 id="persona-preview" className="mb-3 font-semibold text-slate-900 text-sm">
          {t("preview.title")}
        </h2>
        <div className="flex items-start gap-3">
          <span className="flex size-9 shrink-0 items-center justify-center rounded-full bg-brand-600 text-white">
            <Bot aria-hidden="true" className="size-5" />
          </span>
          <div className="min-w-0 space-y-1">
            <p className="font-medium text-slate-900 text-sm" data-testid="preview-name">
              {name}
            </p>
            <p
              className="whitespace-pre-wrap break-words rounded-lg rounded-tl-none bg-white p-3 text-slate-800 text-sm shadow-sm"
              data-testid="preview-greeting"
            >
              {greeting || t("preview.noGreeting")}
            </p>
          </div>
        </div>
      </section>
    </div>
  );
}
