import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, missingMessage } from "@/lib/i18n";
import { catalogFor } from "@/messages/formatter-catalogs";
import { currentActor } from "@/server/auth/actor";
import { CHECKIN_TOKEN_HEADER, checkinTokenLocale } from "@/server/i18n/checkin-locale";
import { resolveLocale } from "@/server/i18n/resolve-locale";
import { getBuilding } from "@/server/services/building/get-building";

/**
 * next-intl's per-request configuration: the language (see resolveLocale for the order), its messages, and the
 * building's time zone so every date and time on a page is the building's, whatever the server's zone.
 */
export default getRequestConfig(async () => {
  const [cookieStore, headerList, actor] = await Promise.all([cookies(), headers(), currentActor()]);
  const building = actor ? await getBuilding(actor) : null;
  // a guest's actor carries their reservation's language: it ranks after the switcher's cookie, not before;
  // before the guest has a session, the check-in link's page finds it from the link
  const guest = actor?.kind === "guest";
  const reservationLocale = guest
    ? actor?.locale
    : actor
      ? null
      : await checkinTokenLocale(headerList.get(CHECKIN_TOKEN_HEADER));
  const locale = resolveLocale({
    userLocale: guest ? null : actor?.locale,
    reservationLocale,
    cookieLocale: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: headerList.get("accept-language"),
    buildingLocale: building?.locale,
  });
  return {
    locale,
    messages: catalogFor(locale),
    timeZone: building?.timezone ?? "UTC",
    getMessageFallback: missingMessage,
    onError: (error) => {
      if (process.env.NODE_ENV !== "production") console.error(error.message);
    },
  };
});
