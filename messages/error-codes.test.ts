import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ERROR_REASONS, ERROR_STATUS } from "@/lib/errors";
import { LOCALES } from "@/lib/i18n";

/**
 * Every page words a failed action through one catalog, messages/<lang>/errors.json, read by useErrorMessage
 * (components/ui/use-error-message.ts). So it needs a sentence for every code in every language, `unavailable`
 * included: when DynamoDB or S3 is down the server answers 503 `unavailable` (server/errors.ts) and the form must
 * say so in the person's language, not show a key or a generic failure. Each reason a server sends in `details`
 * has its sentence too, and a form's own wording (`contexts`) only ever names real codes.
 */
const catalog = (locale: string) =>
  JSON.parse(readFileSync(join(__dirname, locale, "errors.json"), "utf8")) as {
    codes: Record<string, string>;
    contexts: Record<string, Record<string, string>>;
    reasons: Record<string, string>;
    nightsTaken: string;
  };
const sentence = expect.stringMatching(/\S{2,}/);

describe("the error catalog", () => {
  for (const locale of LOCALES) {
    it(`${locale}: a sentence for every code, reason and context word`, () => {
      const c = catalog(locale);
      expect(Object.keys(c.codes).sort()).toEqual(Object.keys(ERROR_STATUS).sort());
      for (const code of Object.keys(ERROR_STATUS))
        expect(c.codes[code], `${locale} ${code}`).toEqual(sentence);
      // a moment's outage reads as one, not as a bug
      expect(c.codes.unavailable).not.toBe(c.codes.internal);
      expect(Object.keys(c.reasons).sort()).toEqual([...ERROR_REASONS].sort());
      for (const reason of ERROR_REASONS) expect(c.reasons[reason], `${locale} ${reason}`).toEqual(sentence);
      expect(c.nightsTaken).toContain("{dates}");
      for (const [context, words] of Object.entries(c.contexts)) {
        for (const [code, text] of Object.entries(words)) {
          expect(Object.keys(ERROR_STATUS), `${locale} contexts.${context}.${code}`).toContain(code);
          expect(text).toEqual(sentence);
        }
      }
    });
  }

  it("has the same contexts and words in every language", () => {
    const shape = (l: string) =>
      Object.entries(catalog(l).contexts).map(([k, v]) => [k, Object.keys(v).sort()]);
    for (const locale of LOCALES) expect(shape(locale), locale).toEqual(shape("en"));
  });
});
