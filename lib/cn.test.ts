import fs from "node:fs";
import path from "node:path";
import { twMerge } from "tailwind-merge";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { cn } from "./cn";

const ROOT = path.resolve(__dirname, "..");

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(file, out);
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) out.push(file);
  }
  return out;
}

/** Every string a node holds (literals, the fixed parts of templates), in every branch of its conditions. */
function strings(node: ts.Node, out: string[] = []): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) out.push(node.text);
  else if (ts.isTemplateExpression(node))
    out.push(node.head.text, ...node.templateSpans.map((s) => s.literal.text));
  node.forEachChild((child) => void strings(child, out));
  return out;
}

/**
 * Each `cn()` call of the app with the class strings that can meet in it: its own strings (all branches), the
 * cva() variants it applies, and, where it forwards a `className` prop, every literal className the callers of
 * that file's components pass.
 */
function cnCalls() {
  const files = ["app", "components"].flatMap((d) => sourceFiles(path.join(ROOT, d)));
  const parsed = files.map((f) =>
    ts.createSourceFile(f, fs.readFileSync(f, "utf8"), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX),
  );
  const passed = new Map<string, string[]>();
  for (const sf of parsed)
    sf.forEachChild(function visit(node): void {
      if (ts.isJsxSelfClosingElement(node) || ts.isJsxOpeningElement(node))
        for (const attr of node.attributes.properties)
          if (ts.isJsxAttribute(attr) && attr.name.getText(sf) === "className" && attr.initializer) {
            const tag = node.tagName.getText(sf);
            passed.set(tag, [...(passed.get(tag) ?? []), ...strings(attr.initializer)]);
          }
      node.forEachChild(visit);
    });
  const calls: { where: string; classes: string[] }[] = [];
  for (const sf of parsed) {
    const components: string[] = [];
    const variants: string[] = [];
    sf.forEachChild((node) => {
      if (ts.isFunctionDeclaration(node) && node.name) components.push(node.name.text);
      if (ts.isVariableStatement(node))
        for (const d of node.declarationList.declarations) components.push(d.name.getText(sf));
    });
    sf.forEachChild(function visit(node): void {
      if (ts.isCallExpression(node) && node.expression.getText(sf) === "cva") strings(node, variants);
      node.forEachChild(visit);
    });
    sf.forEachChild(function visit(node): void {
      if (ts.isCallExpression(node) && node.expression.getText(sf) === "cn") {
        const classes: string[] = [];
        for (const arg of node.arguments) {
          const text = arg.getText(sf);
          if (/Variants\(/.test(text)) classes.push(...variants);
          if (/\bclassName\b/.test(text)) for (const c of components) classes.push(...(passed.get(c) ?? []));
          strings(arg, classes);
        }
        const line = sf.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        calls.push({
          where: `${path.relative(ROOT, sf.fileName)}:${line}`,
          classes: classes.filter((c) => c.trim()),
        });
      }
      node.forEachChild(visit);
    });
  }
  return calls;
}

/** The classes a merge keeps, as a set: a class twice is the same CSS as once. */
const kept = (classes: string) => [...new Set(classes.split(/\s+/).filter(Boolean))].sort().join(" ");

describe("cn: tailwind-merge with the app's class groups only", () => {
  it("lets a later class win within a group and keeps classes of different groups", () => {
    expect(cn("h-8 px-3 text-sm", "h-auto min-h-8 py-1")).toBe("px-3 text-sm h-auto min-h-8 py-1");
    expect(cn("px-3 py-2", "p-4")).toBe("p-4");
    expect(cn("text-sm text-slate-700", "text-right text-red-800")).toBe("text-sm text-right text-red-800");
    expect(cn("hidden", "sm:table-cell", "md:hidden")).toBe("hidden sm:table-cell md:hidden");
    expect(cn("font-semibold", false, "font-medium")).toBe("font-medium");
  });

  it("merges every pair of classes that can meet in one of the app's cn() calls as tailwind-merge's default does", () => {
    const calls = cnCalls();
    const differences: string[] = [];
    let pairs = 0;
    for (const { where, classes } of calls)
      for (let i = 0; i < classes.length; i++)
        for (let j = i + 1; j < classes.length; j++) {
          const joined = `${classes[i]} ${classes[j]}`;
          pairs++;
          const ours = kept(cn(joined));
          const theirs = kept(twMerge(joined));
          if (ours !== theirs)
            differences.push(`${where}: "${joined}" → ours "${ours}", default "${theirs}"`);
        }
    expect(calls.length).toBeGreaterThan(60);
    expect(pairs).toBeGreaterThan(1000);
    expect([...new Set(differences)].slice(0, 20)).toEqual([]);
  });
});
