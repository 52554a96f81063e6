/**
 * Writes messages/client-messages.generated.ts: which message namespaces the client components of each part of
 * the app use, so that a page's HTML carries only those (a page used to carry every namespace of its language,
 * ~120 KB of JSON in each response's RSC payload). Run after changing which namespaces a client component
 * uses: `npx tsx scripts/client-messages.ts`. messages/client-messages.test.ts fails while the file is out of date.
 *
 * How it reads the code: from each scope's route files (layouts, pages, loading, error and not-found files), it
 * follows static and dynamic imports (`@/…` and relative; `import type` skipped). A module with the "use client"
 * directive, and everything it imports, is in the browser; the namespaces its `useTranslations("…")` calls name
 * (every string literal in the call, first segment) are the scope's. A call without a literal
 * (`useTranslations(namespace)`) takes its namespaces from the `namespace="…"` / `ns="…"` props written where the
 * module is imported; with none, the script fails and says where.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const ROOT = resolve(__dirname, "..");
export const GENERATED = join(ROOT, "messages", "client-messages.generated.ts");

/**
 * Where a provider with its own messages sits. A route file belongs to the innermost scope whose folder holds it.
 * A scope's set is the client namespaces of its route files plus its parent's: a nested provider replaces its
 * parent's messages, it does not add to them. `public` and `portal` are the route groups' root layouts
 * (LocalizedDocument); the others are segment layouts that wrap their pages in <ScopedMessages>.
 */
export const SCOPES = [
  { name: "public", dir: "app/(public)", parent: null },
  { name: "portal", dir: "app/(portal)", parent: null },
  // the three homes, out of their roles' folders so that they carry only their own (app/(portal)/(homes)/layout.tsx)
  { name: "homes", dir: "app/(portal)/(homes)", parent: "portal" },
  { name: "resident", dir: "app/(portal)/resident", parent: "portal" },
  { name: "staff", dir: "app/(portal)/staff", parent: "portal" },
  { name: "manager", dir: "app/(portal)/manager", parent: "portal" },
  { name: "account", dir: "app/(portal)/account", parent: "portal" },
  { name: "chat", dir: "app/(portal)/chat", parent: "portal" },
  { name: "notifications", dir: "app/(portal)/notifications", parent: "portal" },
  { name: "checkin", dir: "app/(public)/checkin", parent: "public" },
  { name: "stay", dir: "app/(public)/stay", parent: "public" },
  { name: "turnover", dir: "app/(public)/turnover", parent: "public" },
  { name: "pass", dir: "app/(public)/pass", parent: "public" },
] as const;
export type ScopeName = (typeof SCOPES)[number]["name"];

const ROUTE_FILE = /^(layout|page|loading|error|not-found|template|default)\.tsx?$/;
const EXTENSIONS = [".ts", ".tsx", "/index.ts", "/index.tsx"];

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) walk(path, out);
    else out.push(path);
  }
  return out;
}

const sources = new Map<string, string>();
const read = (file: string) => {
  let text = sources.get(file);
  if (text === undefined) {
    text = readFileSync(file, "utf8");
    sources.set(file, text);
  }
  return text;
};

function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith("@/")
    ? join(ROOT, spec.slice(2))
    : spec.startsWith(".")
      ? resolve(dirname(from), spec)
      : null;
  if (!base) return null; // a package
  if (/\.(tsx?)$/.test(base) && existsSync(base)) return base;
  for (const ext of EXTENSIONS) if (existsSync(base + ext)) return base + ext;
  return null; // JSON, CSS, images
}

const IMPORT = /(?:^|[;\n}])\s*(import|export)(\s+type)?\s[^;"']*?\sfrom\s*["']([^"']+)["']/g;
const DYNAMIC_IMPORT = /import\(\s*["']([^"']+)["']\s*\)/g;

function importsOf(file: string): string[] {
  const text = read(file);
  const out: string[] = [];
  for (const m of text.matchAll(IMPORT)) if (!m[2]) out.push(m[3]);
  for (const m of text.matchAll(/(?:^|\n)\s*import\s+["']([^"']+)["']/g)) out.push(m[1]);
  for (const m of text.matchAll(DYNAMIC_IMPORT)) out.push(m[1]);
  return out.map((spec) => resolveImport(file, spec)).filter((f): f is string => f !== null);
}

const directive = (file: string, word: string) =>
  new RegExp(`^(?:\\s*(?://[^\\n]*\\n|/\\*[\\s\\S]*?\\*/))*\\s*["']use ${word}["']`).test(read(file));

const rel = (file: string) => relative(ROOT, file);

/** Every file of the app that imports `file`, found once for the dynamic-namespace lookups. */
let importers: Map<string, string[]> | null = null;
function importersOf(file: string): string[] {
  if (!importers) {
    importers = new Map();
    for (const dir of ["app", "components", "lib", "server"]) {
      for (const f of walk(join(ROOT, dir))) {
        if (!/\.tsx?$/.test(f) || /\.test\.tsx?$/.test(f)) continue;
        for (const target of importsOf(f)) importers.set(target, [...(importers.get(target) ?? []), f]);
      }
    }
  }
  return importers.get(file) ?? [];
}

/** The message paths one module's `useTranslations` calls name ("tickets.form": only that part of "tickets"). */
export function namespacesOf(file: string): string[] {
  const text = read(file);
  const found = new Set<string>();
  for (const call of text.matchAll(/useTranslations\(([^)]*)\)/g)) {
    const literals = [...call[1].matchAll(/["']([^"']+)["']/g)].map((m) => m[1]);
    if (literals.length > 0) {
      for (const ns of literals) found.add(ns);
      continue;
    }
    const props = importersOf(file).flatMap((f) =>
      [...read(f).matchAll(/\s(?:namespace|ns)=\{?["']([^"']+)["']/g)].map((m) => m[1]),
    );
    if (props.length === 0) {
      throw new Error(
        `${rel(file)}: useTranslations(${call[1]}) names no namespace, and no importer passes a namespace="…" or ns="…" prop`,
      );
    }
    for (const ns of props) found.add(ns);
  }
  return [...found];
}

/** The client namespaces reachable from these route files. */
function clientNamespaces(entries: string[]): Set<string> {
  const out = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string, inClient: boolean) => {
    const client = inClient || directive(file, "client");
    const key = `${client ? "c" : "s"}:${file}`;
    if (seen.has(key) || (client && directive(file, "server"))) return;
    seen.add(key);
    if (client) for (const ns of namespacesOf(file)) out.add(ns);
    for (const next of importsOf(file)) visit(next, client);
  };
  for (const entry of entries) visit(entry, false);
  return out;
}

/** The innermost scope whose folder holds this file (the 404 for unknown URLs is a public page). */
function scopeOf(file: string): ScopeName | undefined {
  const path = rel(file);
  if (path === "app/global-not-found.tsx") return "public";
  const holding = SCOPES.filter((s) => path.startsWith(`${s.dir}/`));
  return holding.sort((a, b) => b.dir.length - a.dir.length)[0]?.name;
}

/** Sorted, once each, and without a path whose parent is listed ("tickets" covers "tickets.form"). */
export function withoutCovered(paths: string[]): string[] {
  const set = new Set(paths);
  const covered = (p: string) =>
    p.split(".").some((_, i, parts) => i > 0 && set.has(parts.slice(0, i).join(".")));
  return [...set].filter((p) => !covered(p)).sort();
}

/** Each scope's message paths: its own route files' plus its parent's. */
export function computeScopes(): Record<ScopeName, string[]> {
  const routeFiles = walk(join(ROOT, "app")).filter(
    (f) => ROUTE_FILE.test(f.split("/").pop() ?? "") || rel(f) === "app/global-not-found.tsx",
  );
  const own = new Map<ScopeName, string[]>();
  for (const scope of SCOPES) {
    own.set(scope.name, [...clientNamespaces(routeFiles.filter((f) => scopeOf(f) === scope.name))]);
  }
  const full = (name: ScopeName): string[] => {
    const parent = SCOPES.find((s) => s.name === name)?.parent;
    return withoutCovered([...(own.get(name) ?? []), ...(parent ? full(parent) : [])]);
  };
  return Object.fromEntries(SCOPES.map((s) => [s.name, full(s.name)])) as Record<ScopeName, string[]>;
}

export function clientMessagesSource(scopes = computeScopes()): string {
  return [
    "// Generated by scripts/client-messages.ts from the client components' useTranslations calls: do not edit by hand.",
    "",
    "/** The message namespaces each provider scope's client components use (its own and its parent scopes'). */",
    "export const CLIENT_NAMESPACES = {",
    ...Object.entries(scopes).map(([name, list]) => `  ${JSON.stringify(name)}: ${JSON.stringify(list)},`),
    "} as const;",
    "",
  ].join("\n");
}

if (process.argv[1]?.endsWith("client-messages.ts")) {
  const scopes = computeScopes();
  writeFileSync(GENERATED, clientMessagesSource(scopes));
  const en = (ns: string) => {
    const [file, ...keys] = ns.split(".");
    const path = join(ROOT, "messages", "en", `${file}.json`);
    if (!existsSync(path)) return 0;
    const part = keys.reduce((node, key) => node?.[key], JSON.parse(readFileSync(path, "utf8")));
    return JSON.stringify(part ?? null).length;
  };
  for (const [name, list] of Object.entries(scopes)) {
    console.log(
      `${name}: ${list.length} paths, ${(list.reduce((n, ns) => n + en(ns), 0) / 1024).toFixed(1)} KB (en)`,
    );
  }
  console.log(`wrote ${rel(GENERATED)}`);
}
