import "server-only";
import Negotiator from "negotiator";
import { closestLocale, DEFAULT_LOCALE, type Locale } from "@/lib/i18n";

export type LocaleSources = {
  /** the signed-in user's saved choice */
  userLocale?: string | null;
  /** the language switcher's cookie (a choice made before signing in, or by a guest) */
  cookieLocale?: string | null;
  /** the guest's reservation language */
  reservationLocale?: string | null;
  acceptLanguage?: string | null;
  /** the building's default (its `locale`, e.g. `pt-BR`) */
  buildingLocale?: string | null;
};

/**
 * The language of a request, in the order the product promises: the person's own choice, then the guest's
 * reservation, then the browser, then the building's default, then English.
 */
export function resolveLocale(s: LocaleSources): Locale {
  return (
    closestLocale(s.userLocale) ??
    closestLocale(s.cookieLocale) ??
    closestLocale(s.reservationLocale) ??
    fromBrowser(s.acceptLanguage) ??
    closestLocale(s.buildingLocale) ??
    DEFAULT_LOCALE
  );
}

/** The browser's languages in preference order (negotiator reads the q-values); the first we speak wins. */
function fromBrowser(header: string | null | undefined): Locale | null {
  if (!header) return null;
  const wanted = new Negotiator({ headers: { "accept-language": header } }).languages();
  for (const tag of wanted) {
    const found = closestLocale(tag);
    if (found) return found;
  }
  return null;
}
