import { type Browser, chromium } from "@playwright/test";
import { demoToken } from "../seed-data/random";

/** The Debian Chromium the e2e suite uses (CHROMIUM_PATH overrides it). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** The demo's current stay at Harbor View: its check-in link opens the guest's session (and /stay). */
export const DEMO_CHECKIN_TOKEN = demoToken("checkin bld_harbor current stay");

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM_PATH, args: ["--no-sandbox", "--disable-gpu"] });

/** A Cookie header (`a=1; b=2`) as Playwright cookies for `url`. */
export const cookiesFor = (cookie: string, url: string) =>
  cookie.split("; ").map((kv) => {
    const at = kv.indexOf("=");
    return { name: kv.slice(0, at), value: kv.slice(at + 1), url };
  });
