"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { LOCALE_COOKIE, LOCALES } from "@/lib/i18n";
import { currentActor } from "../auth/actor";
import { setLocale as saveLocale } from "../services/account/set-locale";
import { publicFormAction } from "./action";

const setLocaleSchema = z.object({ locale: z.enum(LOCALES) });

/**
 * The language switcher. Open to signed-out visitors (the login page has it): the choice goes in a cookie, and
 * for a signed-in person also on their account so it follows them to other devices. Setting a cookie in an
 * action makes Next render the page again, now in the new language.
 */
export const setLocaleAction = publicFormAction(setLocaleSchema, async function setLocale({ locale }) {
  const store = await cookies();
  store.set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", httpOnly: true, maxAge: 365 * 24 * 3600 });
  const actor = await currentActor();
  if (actor) await saveLocale(actor, locale);
  return { locale };
});
