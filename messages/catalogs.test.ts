import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n";
import { catalogsSource, GENERATED } from "@/scripts/messages-catalogs";

/**
 * Every language must have every key of every other, with non-empty text and the same ICU arguments, and each
 * locale's index.ts must include every namespace file of its folder (a forgotten import would hide a namespace).
 */
type Tree = { [key: string]: string | Tree };
const dir = __dirname;
const namespacesOf = (locale: string) =>
  readdirSync(join(dir, locale))
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.replace(/\.json$/, ""))
    .sort();
const load = (locale: string): Tree =>
  Object.fromEntries(
    namespacesOf(locale).map((ns) => [ns, JSON.parse(readFileSync(join(dir, locale, `${ns}.json`), "utf8"))]),
  );

function flatten(tree: Tree, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out[path] = v;
    else Object.assign(out, flatten(v, path));
  }
  return out;
}
/** The `{name}` arguments of an ICU message (the plural/select keywords are not arguments). */
const argsOf = (text: string) =>
  [...text.matchAll(/\{\s*([A-Za-z0-9_]+)\s*[,}]/g)]
    .map((m) => m[1])
    .sort()
    .join(",");

describe("message catalogs", () => {
  const catalogs = Object.fromEntries(LOCALES.map((l) => [l, flatten(load(l))]));
  const reference = catalogs.en;

  it("are served from catalogs.generated.ts, which lists every namespace file (else run scripts/messages-catalogs.ts)", () => {
    expect(readFileSync(GENERATED, "utf8")).toBe(catalogsSource());
  });

  it("exist for exactly the configured languages", () => {
    const folders = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory());
    expect(folders.map((d) => d.name).sort()).toEqual([...LOCALES].sort());
  });

  for (const locale of LOCALES) {
    it(`${locale} has every key, nothing extra, no empty text and the same arguments`, () => {
      const catalog = catalogs[locale];
      expect(Object.keys(catalog).sort()).toEqual(Object.keys(reference).sort());
      for (const [key, text] of Object.entries(catalog)) {
        expect(text.trim(), key).not.toBe("");
        expect(argsOf(text), key).toBe(argsOf(reference[key]));
      }
    });

    it(`${locale}/index.ts serves every namespace file`, async () => {
      const index = (await import(`./${locale}/index.ts`)).default as Record<string, unknown>;
      expect(Object.keys(index).sort()).toEqual(namespacesOf(locale));
    });
  }
});
