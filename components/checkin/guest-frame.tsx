import type { ReactNode } from "react";
import { LanguageSwitcher } from "@/components/shell/language-switcher";

/** The guest's pages: phone-first, one column, the language switcher always at hand. */
export function GuestFrame({ children }: { children: ReactNode }) {
  return (
    <div className="min-h-dvh bg-slate-50">
      <div className="mx-auto flex max-w-2xl justify-between gap-3 px-4 pt-4">
        <p className="font-semibold text-brand-700 text-sm uppercase tracking-wide">BuildingOS</p>
        <LanguageSwitcher />
      </div>
      <main id="main" className="mx-auto max-w-2xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
