import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Request paths never Scan (SPEC: "no Scan outside one-off scripts"). The client refuses a Scan at run time;
 * this catches one in code that no test happens to reach. Only scripts/ may Scan (seed reset, migrations).
 */
const ROOT = join(__dirname, "..");
const FOLDERS = ["app", "server", "lib", "components"];
const PATTERN = /ScanCommand|\bScan\(/;
// the guard itself names ScanCommand to refuse it, and its test sends one to prove that
const ALLOWED = new Set(["server/db/scan-guard.ts", "server/db/scan-guard.test.ts"]);

function* sourceFiles(dir: string): Generator<string> {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of entries) {
    if (name === "node_modules" || name.startsWith(".")) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|tsx|js|mjs|cjs)$/.test(name)) yield path;
  }
}

describe("no Scan in request paths", () => {
  it("finds no ScanCommand or Scan( in app/, server/, lib/, components/", () => {
    const offenders: string[] = [];
    let scanned = 0;
    for (const folder of FOLDERS) {
      for (const file of sourceFiles(join(ROOT, folder))) {
        scanned++;
        const rel = relative(ROOT, file);
        if (ALLOWED.has(rel)) continue;
        if (PATTERN.test(readFileSync(file, "utf8"))) offenders.push(rel);
      }
    }
    // the walk itself works (a wrong root would pass vacuously)
    expect(scanned).toBeGreaterThan(20);
    expect(offenders, `Scan found in: ${offenders.join(", ")} (add an access pattern instead)`).toEqual([]);
  });
});
