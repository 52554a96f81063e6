/**
 * The import boundaries catch what they should: fixture trees in a temp directory, checked by the repository's
 * biome.json (the `noRestrictedImports` overrides) and by scripts/check-imports.ts (what Biome cannot express).
 * In each fixture, a line ending in `// ✗` must be reported and every other import line must not.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkTree, format } from "./check-imports";

const repo = join(__dirname, "..");
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "check-imports-"));
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** `file:line` of every fixture line marked `// ✗`. */
function marked(files: Record<string, string>): string[] {
  return Object.entries(files).flatMap(([path, text]) =>
    text.split("\n").flatMap((line, i) => (line.endsWith("// ✗") ? [`${path}:${i + 1}`] : [])),
  );
}

const biomeFixtures: Record<string, string> = {
  "app/(portal)/page.tsx": [
    'import { getUnit } from "@/server/db/units"; // ✗',
    'import { db } from "@/server/db"; // ✗',
    'import { listNights } from "../../server/db/reservation-queries"; // ✗',
    'import { S3Client } from "@aws-sdk/client-s3"; // ✗',
    'import type { UnitItem } from "@/server/db/units"; // ✗',
    'export { putUnit } from "@/server/db/units"; // ✗',
    'import { getDashboard } from "@/server/services/get-dashboard";',
    'import { auth } from "@/server/auth";',
    'import { NextResponse } from "next/server";',
    "export const all = [getUnit, db, listNights, S3Client, getDashboard, auth, NextResponse] as unknown as UnitItem;",
  ].join("\n"),
  "app/api/v1/units/units.test.ts":
    'import { putUnit } from "@/server/db/units";\nexport const fixture = putUnit;\n',
  "lib/format.ts": [
    'import { getUnit } from "@/server/db/units"; // ✗',
    'import type { Actor } from "@/server/auth/actor"; // ✗',
    'import { Button } from "@/components/ui/button"; // ✗',
    'import { GET } from "@/app/api/health/route"; // ✗',
    'import { cfg } from "../server/config"; // ✗',
    'import { schema } from "./schemas/unit";',
    'import { format } from "date-fns";',
    "export const all = [getUnit, Button, GET, cfg, schema, format] as unknown as Actor;",
  ].join("\n"),
  "server/services/get-unit.ts": [
    'import { Button } from "@/components/ui/button"; // ✗',
    'import type { PageProps } from "@/app/(portal)/page"; // ✗',
    'import { helper } from "../../components/helper"; // ✗',
    'import { getUnit } from "../db/units";',
    'import { unitSchema } from "@/lib/schemas/unit";',
    "export const all = [Button, helper, getUnit, unitSchema] as unknown as PageProps;",
  ].join("\n"),
  "server/http/route.test.ts": 'import * as me from "@/app/api/v1/me/route";\nexport const fixture = me;\n',
};

describe("biome.json noRestrictedImports overrides", () => {
  it("reports each import that crosses a boundary, and nothing else", () => {
    const dir = tree(biomeFixtures);
    // the repository's rules; the temp dir is no git checkout, so no VCS ignore file and no files filter
    const config = JSON.parse(readFileSync(join(repo, "biome.json"), "utf8"));
    delete config.$schema;
    delete config.vcs;
    delete config.files;
    writeFileSync(join(dir, "biome.json"), JSON.stringify(config));
    const res = spawnSync(
      join(repo, "node_modules", ".bin", "biome"),
      ["lint", "--reporter=github", "--only=style/noRestrictedImports", `--config-path=${dir}`, "."],
      { cwd: dir, encoding: "utf8" },
    );
    const reported = [
      ...res.stdout.matchAll(/^::error title=lint\/style\/noRestrictedImports,file=([^,]+),line=(\d+)/gm),
    ]
      .map(([, file, line]) => `${file.slice(dir.length + 1)}:${line}`)
      .sort();
    expect(reported).toEqual(marked(biomeFixtures).sort());
    expect(res.status).toBe(1);
  }, 60_000);
});

const scriptFixtures: Record<string, string> = {
  "server/actions/update-unit.ts": '"use server";\nexport async function updateUnitAction() {}\n',
  "server/actions/action.ts": "export function action() {}\n",
  "server/services/get-checkin.ts": "export type CheckinView = { code: string };\nexport const view = {};\n",
  "components/checkin/guest-stay.tsx": [
    '"use client";',
    'import { updateUnitAction } from "@/server/actions/update-unit";',
    'import { updateUnitAction as again } from "../../server/actions/update-unit";',
    'import type { CheckinView } from "@/server/services/get-checkin";',
    'export type { CheckinView as View } from "@/server/services/get-checkin";',
    'type Lazy = typeof import("@/server/services/get-checkin");',
    'import { view } from "@/server/services/get-checkin"; // ✗',
    'import { type CheckinView as Inline, view as v2 } from "../../server/services/get-checkin"; // ✗',
    'import { action } from "@/server/actions/action"; // ✗',
    'export { view as v3 } from "@/server/services/get-checkin"; // ✗',
    'const lazy = () => import("@/server/db/units"); // ✗',
    'import { format } from "@/lib/format";',
    'import { useState } from "react";',
    "export const all = [updateUnitAction, again, view, v2, action, lazy, format, useState];",
    "export type Both = CheckinView | Inline | Lazy;",
  ].join("\n"),
  "components/checkin/guest-stay.test.tsx":
    'import { view } from "@/server/services/get-checkin";\nexport const f = view;\n',
};

describe("scripts/check-imports.ts", () => {
  it("reports each value import of a server module other than an action, with file:line and the rule", () => {
    const dir = tree(scriptFixtures);
    const violations = checkTree(dir);
    expect(violations.map((v) => `${v.file}:${v.line}`).sort()).toEqual(marked(scriptFixtures).sort());
    expect(format(violations[0])).toBe(
      'components/checkin/guest-stay.tsx:7: components/ import from server/ only server actions (@/server/actions/*) or types (import type): "@/server/services/get-checkin"',
    );
    expect(violations.find((v) => v.specifier === "@/server/actions/action")?.rule).toMatch(
      /not "use server"/,
    );
  });

  it("finds nothing in this repository", () => {
    expect(checkTree(repo).map(format)).toEqual([]);
  });
});
