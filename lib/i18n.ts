/**
 * The languages BuildingOS speaks. Adding one is adding its catalog in messages/ and its code here
 * (the catalog test fails until every key is translated).
 */
export const LOCALES = ["en", "es", "pt-BR"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
export const LOCALE_COOKIE = "NEXT_LOCALE";

/** Each language named in itself, for the switcher. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: "English",
  es: "Español",
  "pt-BR": "Português (Brasil)",
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** A stored or configured tag (`pt`, `pt-PT`, `es-MX`, `en-US`) → the closest language we have, or null. */
export function closestLocale(tag: string | null | undefined): Locale | null {
  if (!tag) return null;
  if (isLocale(tag)) return tag;
  const lang = tag.toLowerCase().split("-")[0];
  return LOCALES.find((l) => l.toLowerCase().split("-")[0] === lang) ?? null;
}

/** What a missing message shows on the server: ⟦namespace.key⟧, impossible to miss on a page; the e2e suite looks for it. */
export function missingMessage({ namespace, key }: { namespace?: string; key: string }): string {
  return `⟦${[namespace, key].filter(Boolean).join(".")}⟧`;
}
