import "server-only";
// use-intl/core, not next-intl: the same functions without React, so scripts run under the react-server
// condition (the bench workers, seeds) can load this module outside Next
import { createFormatter, createTranslator } from "use-intl/core";
import type { Locale } from "@/lib/i18n";
import { catalogFor } from "@/messages/formatter-catalogs";

/**
 * Words and formats in a given language outside a page's request (emails): the request's own language
 * (i18n/request.ts) is the sender's, not the recipient's.
 */
export function translatorFor(locale: Locale, timeZone: string) {
  return {
    t: createTranslator({ locale, messages: catalogFor(locale) }),
    format: createFormatter({ locale, timeZone }),
  };
}
