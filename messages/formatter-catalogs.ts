import compile from "icu-minify/compile";
import type { AbstractIntlMessages } from "use-intl";
import formatMessage from "use-intl/format-message";
import type { Locale } from "@/lib/i18n";
import { CATALOGS } from "./catalogs.generated";

type Catalog = (typeof CATALOGS)["en"];

/**
 * Inside the Next app, next.config.ts swaps use-intl's message formatter for its precompiled-only one (no ICU
 * parser, ~10 KB less JavaScript on every page): it then needs every message compiled ahead of formatting. Outside
 * Next (tests, seeds, the bench's workers) the full formatter stays and takes the catalogs as written. The
 * formatter says which it is: the full one formats raw strings, the other does not.
 */
export const PRECOMPILED = !formatMessage.raw;

const compiled = new Map<Locale, Catalog>();

/**
 * A language's whole catalog in the form the formatter of this process takes: compiled once per process where
 * the build swapped the formatter, as written elsewhere. Every translator and provider of the app gets its
 * messages from here (i18n/request.ts, server/i18n/translator.ts), so none hands a raw message to the
 * precompiled-only formatter, which would print its `{placeholders}` as they are.
 */
export function catalogFor(locale: Locale): Catalog {
  if (!PRECOMPILED) return CATALOGS[locale];
  let catalog = compiled.get(locale);
  if (!catalog) {
    // the compiled tree has the catalog's keys; its leaves are icu-minify's compiled messages, not strings
    catalog = precompileMessages(CATALOGS[locale]) as unknown as Catalog;
    compiled.set(locale, catalog);
  }
  return catalog;
}

/** Every message of a tree of messages compiled by icu-minify (use-intl's precompiled format), keys unchanged. */
export function precompileMessages(messages: AbstractIntlMessages): AbstractIntlMessages {
  const out: AbstractIntlMessages = {};
  for (const [key, value] of Object.entries(messages)) {
    out[key] =
      typeof value === "string"
        ? // icu-minify builds plural and select options as null-prototype objects, which React refuses to pass to
          // a client provider; a JSON round trip makes them plain (the compiled form is JSON by design)
          (JSON.parse(JSON.stringify(compile(value))) as string)
        : precompileMessages(value as AbstractIntlMessages);
  }
  return out;
}
