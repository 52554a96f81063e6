/**
 * Import boundaries that Biome's `noRestrictedImports` cannot express (the rest live in biome.json `overrides`).
 *
 * components/ may import from server/ only server actions by reference (`@/server/actions/*`, "use server", so
 * the bundler replaces them with a call to the endpoint) and types (`import type` / `export type`, erased at
 * build). Biome's rule has no notion of type-only imports, so it cannot allow `import type` while refusing a
 * value import from the same module; this script parses each file with the TypeScript compiler (no type
 * checking, so it is quick) and does.
 *
 * `npx tsx scripts/check-imports.ts` prints one `file:line: rule: "specifier"` per violation and exits 1 if any.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

export type Boundary = {
  /** top-level folder the rule applies to, e.g. "components" */
  from: string;
  /** repository-relative folder whose modules it may not import, e.g. "server" */
  forbid: string;
  /** sub-folders of `forbid` that stay allowed, e.g. "server/actions" */
  except: string[];
  /** `import type` / `export type` from a forbidden module is fine */
  allowTypeOnly: boolean;
  /** a value import from an `except` folder must be a "use server" module (an action, not a helper beside them) */
  exceptMustUseServer: boolean;
  rule: string;
};

export const boundaries: Boundary[] = [
  {
    from: "components",
    forbid: "server",
    except: ["server/actions"],
    allowTypeOnly: true,
    exceptMustUseServer: true,
    rule: "components/ import from server/ only server actions (@/server/actions/*) or types (import type)",
  },
];

export type Violation = { file: string; line: number; specifier: string; rule: string };

const sourceFile = /\.(ts|tsx|mts|cts)$/;
const testFile = /\.test\.(ts|tsx)$/;

/** The repository-relative path an import points to (`@/x` or relative), or null for a package. */
function target(root: string, file: string, specifier: string): string | null {
  if (specifier.startsWith("@/")) return specifier.slice(2);
  if (specifier.startsWith("."))
    return relative(root, resolve(dirname(join(root, file)), specifier))
      .split(sep)
      .join("/");
  return null;
}

const useServer = /^(\s*(\/\/[^\n]*|\/\*[\s\S]*?\*\/))*\s*["']use server["']/;

/** Whether the module at a repository-relative path (extension omitted) starts with "use server". */
function isUseServerModule(root: string, path: string): boolean {
  for (const candidate of [`${path}.ts`, `${path}.tsx`, `${path}/index.ts`, path]) {
    if (!existsSync(join(root, candidate)) || !sourceFile.test(candidate)) continue;
    return useServer.test(readFileSync(join(root, candidate), "utf8"));
  }
  return false;
}

function within(path: string, folder: string): boolean {
  return path === folder || path.startsWith(`${folder}/`);
}

type ImportRef = { specifier: string; typeOnly: boolean; node: ts.Node };

/** Every static import/export-from, `import("…")` and `require("…")` in a file. */
function importsOf(source: ts.SourceFile): ImportRef[] {
  const refs: ImportRef[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      refs.push({
        specifier: node.moduleSpecifier.text,
        typeOnly: node.importClause?.isTypeOnly ?? false,
        node: node.moduleSpecifier,
      });
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      refs.push({
        specifier: node.moduleSpecifier.text,
        typeOnly: node.isTypeOnly,
        node: node.moduleSpecifier,
      });
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === "require")) &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      refs.push({ specifier: node.arguments[0].text, typeOnly: false, node: node.arguments[0] });
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      // `typeof import("…")` in a type position is erased like `import type`
      refs.push({ specifier: node.argument.literal.text, typeOnly: true, node: node.argument.literal });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return refs;
}

/** Checks one file's text; `file` is repository-relative with forward slashes. */
export function checkFile(root: string, file: string, text: string, rules = boundaries): Violation[] {
  const applicable = rules.filter((b) => within(file, b.from));
  if (applicable.length === 0) return [];
  const kind = file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const violations: Violation[] = [];
  for (const ref of importsOf(source)) {
    const path = target(root, file, ref.specifier);
    if (path === null) continue;
    for (const b of applicable) {
      if (!within(path, b.forbid)) continue;
      if (b.allowTypeOnly && ref.typeOnly) continue;
      let rule = b.rule;
      if (b.except.some((e) => within(path, e))) {
        if (!b.exceptMustUseServer || isUseServerModule(root, path)) continue;
        rule = `${b.rule}; this module is not "use server"`;
      }
      const line = source.getLineAndCharacterOfPosition(ref.node.getStart(source)).line + 1;
      violations.push({ file, line, specifier: ref.specifier, rule });
    }
  }
  return violations;
}

function* walk(root: string, dir: string): Generator<string> {
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) yield* walk(root, path);
    else if (sourceFile.test(entry.name) && !testFile.test(entry.name)) yield path;
  }
}

/** Checks every non-test source file under the folders the rules apply to. */
export function checkTree(root: string, rules = boundaries): Violation[] {
  const folders = [...new Set(rules.map((b) => b.from))];
  return folders.flatMap((folder) =>
    [...walk(root, folder)].flatMap((file) =>
      checkFile(root, file, readFileSync(join(root, file), "utf8"), rules),
    ),
  );
}

export function format(v: Violation): string {
  return `${v.file}:${v.line}: ${v.rule}: "${v.specifier}"`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  const violations = checkTree(root);
  for (const v of violations) console.error(format(v));
  if (violations.length) {
    console.error(`${violations.length} import boundary violation(s)`);
    process.exit(1);
  }
  console.log("import boundaries: ok");
}
