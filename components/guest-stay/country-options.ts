import { getAlpha3Codes } from "i18n-iso-countries";
import type { SelectOption } from "@/components/ui/select";

/**
 * Every country by its ISO alpha-3 code, named in the reader's language, sorted by name: the party step's
 * country lists. Built by the server component that shows the step (GuestStay), so the code table
 * (i18n-iso-countries, ~5 KB gzipped with its diacritics) stays out of the stay page's JavaScript.
 */
export function countryOptions(locale: string): SelectOption[] {
  const names = new Intl.DisplayNames([locale], { type: "region" });
  return Object.entries(getAlpha3Codes())
    .map(([a3, a2]) => ({ value: a3, label: names.of(a2) ?? a3 }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}
