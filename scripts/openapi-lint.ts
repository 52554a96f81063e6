/**
 * `npm run lint:openapi` (a stage of `npm test`): writes the OpenAPI document the app serves at
 * /api/v1/openapi.json to test-results/openapi.json and lints it with Redocly CLI (redocly.yaml: the
 * `recommended` ruleset, every finding an error). Exits non-zero on any finding. Offline: no telemetry, no
 * update check, no remote `$ref` (the document has none). Run with `tsx --conditions=react-server`, as the
 * document's modules are `server-only`.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openApiDocument } from "@/server/http/openapi/document";

const dir = "test-results";
const file = join(dir, "openapi.json");
mkdirSync(dir, { recursive: true });
writeFileSync(file, `${JSON.stringify(openApiDocument(), null, 2)}\n`);

const res = spawnSync("npx", ["--no-install", "redocly", "lint", file, "--format=stylish"], {
  stdio: "inherit",
  env: {
    ...process.env,
    REDOCLY_TELEMETRY: "off",
    REDOCLY_SUPPRESS_UPDATE_NOTICE: "true",
    REDOCLY_SUPPRESS_NOTIFICATIONS: "true",
  },
});
process.exit(res.status ?? 1);
