import "server-only";
import { LOCALE_COOKIE } from "@/lib/i18n";
import type { Actor } from "@/lib/roles";
import { resolveLocale } from "../i18n/resolve-locale";

/** The language of a chat request, in the same order as pages (saved choice, switcher cookie, browser). */
export function requestLocale(actor: Actor, request: Request): string {
  const cookie = request.headers
    .get("cookie")
    ?.split(";")
    .map((c) => c.trim().split("="))
    .find(([k]) => k === LOCALE_COOKIE)?.[1];
  return resolveLocale({
    userLocale: actor.locale,
    cookieLocale: cookie ? decodeURIComponent(cookie) : null,
    acceptLanguage: request.headers.get("accept-language"),
  });
}
