import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ERROR_STATUS } from "@/lib/errors";
import { LOCALES } from "@/lib/i18n";

/**
 * The forms word a failed action by its error code (useReservationError, useActionError, useManagerError:
 * `t(code)`), so each of their catalogs needs a sentence for every code, `unavailable` included: when DynamoDB
 * or S3 is down the server answers 503 `unavailable` (server/errors.ts) and the form must say so in the
 * person's language, not show a key or a generic failure.
 */
const CODE_CATALOGS = [
  ["reservations", "errors"],
  ["tickets", "errors"],
  ["settings", "codes"],
] as const;

describe("every error code has a sentence in every form's catalog and language", () => {
  for (const locale of LOCALES) {
    for (const [ns, key] of CODE_CATALOGS) {
      it(`${locale}: ${ns}.${key}`, () => {
        const catalog = JSON.parse(readFileSync(join(__dirname, locale, `${ns}.json`), "utf8"))[
          key
        ] as Record<string, string>;
        for (const code of Object.keys(ERROR_STATUS)) {
          expect(catalog[code], `${locale} ${ns}.${key}.${code}`).toEqual(expect.stringMatching(/\S{2,}/));
        }
        // a moment's outage reads as one, not as a bug
        expect(catalog.unavailable).not.toBe(catalog.internal);
      });
    }
  }
});
