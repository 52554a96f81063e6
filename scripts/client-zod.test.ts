import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * zod (~36 KB gzipped) reaches the browser only where a client component validates with it. A client module that
 * imports a plain value (an enum, a limit) from a lib/domain module that also defines schemas carries zod with it:
 * such values live in lib/domain/*-constants.ts. This follows every "use client" module's imports, as the bundler
 * does (type-only imports are erased first; "use server" modules are replaced by a reference), and lists the
 * chains that end in zod.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Client modules that validate in the browser, and why. */
const VALIDATES_IN_BROWSER: Record<string, string> = {
  "components/guest-messages/message-templates-form.tsx":
    "checks every template with messageTemplatesSchema before saving, to point at the bad field",
};

const directive = (name: string) => new RegExp(`^(\\s*(//[^\\n]*|/\\*[\\s\\S]*?\\*/))*\\s*["']${name}["']`);
const useClient = directive("use client");
const useServer = directive("use server");

function resolveImport(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = join(root, specifier.slice(2));
  else if (specifier.startsWith(".")) base = resolve(dirname(from), specifier);
  else return null;
  for (const ext of ["", ".ts", ".tsx", "/index.ts", "/index.tsx"]) {
    const path = base + ext;
    if (existsSync(path) && statSync(path).isFile()) return path;
  }
  return null;
}

const cache = new Map<string, { server: boolean; modules: string[]; zod: boolean }>();
/** A module's value imports, after TypeScript has erased the type-only ones. */
function importsOf(file: string) {
  let found = cache.get(file);
  if (found) return found;
  const text = readFileSync(file, "utf8");
  const js = ts.transpileModule(text, {
    fileName: file,
    compilerOptions: {
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2022,
      jsx: ts.JsxEmit.Preserve,
    },
  }).outputText;
  const source = ts.createSourceFile(`${file}.js`, js, ts.ScriptTarget.ES2022, false, ts.ScriptKind.JSX);
  const specifiers: string[] = [];
  for (const st of source.statements) {
    if ((ts.isImportDeclaration(st) || ts.isExportDeclaration(st)) && st.moduleSpecifier) {
      specifiers.push((st.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  const modules = specifiers.map((s) => resolveImport(file, s)).filter((m): m is string => m !== null);
  found = {
    server: useServer.test(text),
    modules,
    zod: specifiers.some((s) => s === "zod" || s.startsWith("zod/")),
  };
  cache.set(file, found);
  return found;
}

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) yield join(root, path);
  }
}

/** The import chain from a client module to a module importing zod, or null. */
function zodChain(entry: string): string[] | null {
  const parent = new Map<string, string | null>([[entry, null]]);
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift() as string;
    const { modules, zod } = importsOf(file);
    if (zod) {
      const chain = [];
      for (let at: string | null = file; at; at = parent.get(at) ?? null) chain.unshift(relative(root, at));
      return chain;
    }
    for (const next of modules) {
      if (parent.has(next) || importsOf(next).server) continue;
      parent.set(next, file);
      queue.push(next);
    }
  }
  return null;
}

describe("zod in client bundles", () => {
  const clientModules = [...sourceFiles("app"), ...sourceFiles("components")].filter((f) =>
    useClient.test(readFileSync(f, "utf8")),
  );

  it("finds the client modules", () => {
    expect(clientModules.length).toBeGreaterThan(50);
  });

  it("reaches only the client modules that validate in the browser", () => {
    const chains = clientModules
      .filter((f) => !(relative(root, f) in VALIDATES_IN_BROWSER))
      .map(zodChain)
      .filter((c): c is string[] => c !== null)
      .map((c) => c.join(" → "));
    expect(chains).toEqual([]);
  });

  it("still reaches zod from the forms that validate with it", () => {
    for (const file of Object.keys(VALIDATES_IN_BROWSER)) expect(zodChain(join(root, file))).not.toBeNull();
  });
});
