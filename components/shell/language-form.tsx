"use client";

import { useLocale, useTranslations } from "next-intl";
import { type ReactNode, useActionState, useId } from "react";
import { cn } from "@/lib/cn";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n";
import { setLocaleAction } from "@/server/actions/set-locale";

/**
 * A labelled select that switches the language as soon as it changes. Without JavaScript the form still works
 * through its submit button, which is only shown then. Its icon comes drawn from the server (./language-switcher),
 * so no icon code comes with it.
 */
export function LanguageForm({ className, icon }: { className?: string; icon: ReactNode }) {
  const t = useTranslations("language");
  const locale = useLocale();
  const id = useId();
  const [, action, pending] = useActionState(setLocaleAction, null);
  return (
    <form action={action} className={cn("flex items-center gap-1.5", className)}>
      {icon}
      <label htmlFor={id} className="sr-only">
        {t("label")}
      </label>
      <select
        id={id}
        name="locale"
        defaultValue={locale}
        disabled={pending}
        onChange={(e) => e.currentTarget.form?.requestSubmit()}
        className="h-9 rounded-md border border-slate-300 bg-white px-2 text-slate-800 text-sm"
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
      <noscript>
        <button type="submit" className="h-9 rounded-md border border-slate-300 px-2 text-sm">
          {t("apply")}
        </button>
      </noscript>
    </form>
  );
}
