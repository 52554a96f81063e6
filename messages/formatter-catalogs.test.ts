import compile from "icu-minify/compile";
import { isValidElement, type ReactNode } from "react";
import { _createCache, _createIntlFormatters } from "use-intl/core";
import formatFull from "use-intl/format-message";
import formatOnly from "use-intl/format-message/format-only";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n";
import { CATALOGS } from "./catalogs.generated";
import { catalogFor, PRECOMPILED, precompileMessages } from "./formatter-catalogs";

type Values = Record<string, string | number | ((chunks: ReactNode) => string)>;
type Node = unknown;

/** Every message of a catalog tree with its dotted key. */
function* leaves(tree: object, prefix = ""): Generator<[string, string]> {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") yield [path, value];
    else yield* leaves(value, path);
  }
}

/**
 * The arguments a compiled message names, by kind (the compiled form is icu-minify's: a string, [name],
 * [name, 1|2|3, options] for select/plural/selectordinal, [name, 4|5|6, style] for number/date/time, or a
 * tag [name, ...children]).
 */
function collect(
  node: Node,
  out: { simple: Set<string>; plural: Set<string>; select: Map<string, string[]>; tags: Set<string> },
) {
  if (typeof node === "string" || typeof node === "number") return;
  if (!Array.isArray(node)) return;
  const [name, kind, ...rest] = node as [unknown, unknown, ...unknown[]];
  if (typeof name !== "string") {
    for (const child of node) collect(child, out);
    return;
  }
  if (kind === undefined) out.simple.add(name);
  else if (kind === 1 || kind === 2 || kind === 3) {
    const options = rest[0] as Record<string, Node>;
    if (kind === 1) out.select.set(name, Object.keys(options));
    else out.plural.add(name);
    for (const branch of Object.values(options)) collect(branch, out);
  } else if (typeof kind === "number" && kind >= 4) out.simple.add(name);
  else {
    out.tags.add(name);
    for (const child of [kind, ...rest]) collect(child, out);
  }
}

/** Value sets that take every branch of the message: each select's keys and other, plurals at 0, 1, 2, 5, 21. */
function valueSets(message: string): Values[] {
  const out = {
    simple: new Set<string>(),
    plural: new Set<string>(),
    select: new Map<string, string[]>(),
    tags: new Set<string>(),
  };
  const compiled = compile(message);
  if (Array.isArray(compiled)) for (const node of compiled) collect(node, out);
  const base: Values = {};
  for (const name of out.simple) base[name] = `‹${name}›`;
  for (const name of out.plural) base[name] = 2;
  for (const [name, keys] of out.select) base[name] = keys[0];
  for (const name of out.tags) base[name] = (chunks) => `<${name}>${text(chunks)}</${name}>`;
  const sets: Values[] = [base];
  for (const name of out.plural) for (const n of [0, 1, 5, 21]) sets.push({ ...base, [name]: n });
  for (const [name, keys] of out.select)
    for (const key of [...keys.slice(1), "zz-none"]) sets.push({ ...base, [name]: key });
  return sets;
}

function text(result: unknown): string {
  if (Array.isArray(result)) return result.map(text).join("");
  if (isValidElement(result)) throw new Error("a formatter returned an element");
  return String(result);
}

describe("the precompiled formatter the app runs (next.config.ts) against the full one", () => {
  it("this process keeps the full formatter, so tests, seeds and scripts read the catalogs as written", () => {
    expect(PRECOMPILED).toBe(false);
    expect(catalogFor("es")).toBe(CATALOGS.es);
  });

  it("compiling keeps the catalog's keys and leaves no message uncompiled", () => {
    const compiled = precompileMessages(CATALOGS.en);
    const keys = [...leaves(CATALOGS.en)].map(([key]) => key);
    const compiledKeys: string[] = [];
    (function walk(tree: object, prefix: string) {
      for (const [key, value] of Object.entries(tree)) {
        const path = prefix ? `${prefix}.${key}` : key;
        if (typeof value === "string" || Array.isArray(value)) compiledKeys.push(path);
        else walk(value, path);
      }
    })(compiled, "");
    expect(compiledKeys).toEqual(keys);
    // what a server component hands a client provider must be plain data (React refuses null prototypes)
    const prototypes = new Set<unknown>();
    (function visit(value: unknown) {
      if (value === null || typeof value !== "object") return;
      prototypes.add(Object.getPrototypeOf(value));
      for (const child of Object.values(value)) visit(child);
    })(compiled);
    expect([...prototypes].every((p) => p === Object.prototype || p === Array.prototype)).toBe(true);
    // a message with an argument is no longer a string the precompiled formatter would print as is
    expect(compile("Hello {name}")).not.toBe("Hello {name}");
  });

  for (const locale of LOCALES) {
    it(`every ${locale} message reads the same through both, in every branch of its plurals and selects`, () => {
      const options = {
        cache: _createCache(),
        formatters: _createIntlFormatters(_createCache()),
        locale,
        timeZone: "Europe/Madrid",
      };
      const differences: string[] = [];
      let checked = 0;
      for (const [key, message] of leaves(CATALOGS[locale])) {
        const compiled = compile(message);
        for (const values of valueSets(message)) {
          const full = text(formatFull(key, message, values, options));
          const only = text(formatOnly(key, compiled, values, options));
          checked++;
          if (full !== only) differences.push(`${key} ${JSON.stringify(values)}: ${full} ≠ ${only}`);
        }
      }
      expect(differences).toEqual([]);
      expect(checked).toBeGreaterThan(1000);
    });
  }
});
