/**
 * Checks the production server the container runs: builds Next's standalone output (`next.config.ts` sets
 * `output: "standalone"`), lays it out as the Dockerfile does (static assets and public/ beside server.js), starts
 * a fresh local stack (Mosquitto, MQTT 5, when installed; aedes otherwise) and runs scripts/standalone/scale-out.ts
 * on it: /api/health and a page answer; SIGTERM in the middle of a burst of access events loses none (stored
 * once after a restart with the same INSTANCE_ID), the command in flight still gets its ack, a new one a 503, and
 * the server exits 0 by itself; two instances store each event once and acknowledge every command to its caller.
 * Prints the figures and a last line `N passed, N failed`.
 * `--skip-build` reuses the current .next/standalone (npm test runs it right after its `next build`).
 *
 *   npx tsx scripts/check-standalone.ts [--skip-build] [--port 3200] [--results file.json]
 *   (the second instance takes port + 1; --results writes the counts for npm test)
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { freePort } from "./stack/free-port";
import { MOSQUITTO_BIN, startMosquitto } from "./stack/mosquitto";
import type { RunningBroker } from "./stack/mqtt-broker";
import { startStack } from "./stack/start-stack";
import { layoutStandalone, nextBuild, runCheckScript } from "./standalone/prepare";

const root = process.cwd();
const standalone = join(root, ".next", "standalone");
const args = process.argv.slice(2);
const portArg = args.indexOf("--port");

const results: { name: string; ok: boolean; detail: string }[] = [];
/** the checks scripts/standalone/scale-out.ts ran and printed itself */
const scaleOut = { passed: 0, failed: 0 };
const check = (name: string, ok: boolean, detail = "") => {
  results.push({ name, ok, detail });
  console.log(`${ok ? "✓" : "✗"} ${name}${detail ? `: ${detail}` : ""}`);
};

function bytes(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.size;
  return readdirSync(path).reduce((n, name) => n + bytes(join(path, name)), 0);
}
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
async function main() {
  if (!args.includes("--skip-build")) {
    const build = nextBuild();
    check("next build (standalone)", build.ok, `${(build.ms / 1000).toFixed(1)} s`);
    if (!build.ok) return;
  }
  check("standalone server.js exists", existsSync(join(standalone, "server.js")));
  if (!layoutStandalone(root)) return;
  console.log(
    `sizes: standalone ${mb(bytes(standalone))} (its node_modules ${mb(bytes(join(standalone, "node_modules")))},` +
      ` .next/server ${mb(bytes(join(standalone, ".next", "server")))}, static ${mb(bytes(join(standalone, ".next", "static")))});` +
      ` the full node_modules ${mb(bytes(join(root, "node_modules")))}`,
  );

  await checkPdfExtraction();

  const port = portArg > 0 ? Number(args[portArg + 1]) : await freePort();
  const port2 = portArg > 0 ? port + 1 : await freePort();
  const appUrl = `http://localhost:${port}`;
  const started = Date.now();
  // A real MQTT 5 broker when there is one (CI installs Mosquitto): shared subscriptions, as in production.
  let mosquitto: RunningBroker | undefined;
  if (existsSync(MOSQUITTO_BIN)) mosquitto = await startMosquitto();
  // A fresh stack of our own: none of the caller's service variables, so nothing real is touched.
  const stack = await startStack({
    env: mosquitto ? { MQTT_URL: mosquitto.url } : {},
    appUrl,
    log: (m) => console.log(`[stack] ${m}`),
  }).catch(async (e) => {
    await mosquitto?.stop();
    throw e;
  });
  try {
    const counts = await runCheckScript({
      root,
      script: "scripts/standalone/scale-out.ts",
      what: "standalone checks",
      timeoutMs: 300_000,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        ...stack.env,
        NODE_ENV: "test",
        AUTH_SECRET: randomBytes(32).toString("base64"),
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
        STANDALONE_DIR: standalone,
        APP_PORTS: `${port},${port2}`,
        BROKER: mosquitto ? "mosquitto" : "aedes",
      },
    });
    scaleOut.passed = counts.passed;
    scaleOut.failed = counts.failed;
  } finally {
    await stack.stop();
    await mosquitto?.stop();
    console.log(`standalone checks took ${((Date.now() - started) / 1000).toFixed(1)} s (without the build)`);
  }
}

/**
 * Knowledge PDFs are read by pdf.js, which loads its worker module at run time by a path the build's tracer does
 * not see: extracts a PDF's text with the packages of the standalone output itself (not the repository's), as
 * the container would.
 */
async function checkPdfExtraction() {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage().drawText("Quiet hours are from 22:00 to 07:00.", { x: 50, y: 700, size: 12, font });
  const pdfFile = join(standalone, ".check-pdf.pdf");
  const script = join(standalone, ".check-pdf.mjs");
  writeFileSync(pdfFile, await doc.save());
  writeFileSync(
    script,
    [
      'import { readFileSync } from "node:fs";',
      'import { PDFParse } from "pdf-parse";',
      `const parser = new PDFParse({ data: new Uint8Array(readFileSync(${JSON.stringify(pdfFile)})) });`,
      "const { text } = await parser.getText();",
      "await parser.destroy();",
      "process.stdout.write(text);",
    ].join("\n"),
  );
  const run = spawnSync(process.execPath, [script], { cwd: standalone, encoding: "utf8", timeout: 60_000 });
  rmSync(pdfFile, { force: true });
  rmSync(script, { force: true });
  check(
    "PDF text extraction works with the standalone output's own packages",
    run.status === 0 && run.stdout.includes("Quiet hours are from 22:00 to 07:00."),
    run.status === 0 ? "pdf-parse and pdf.js's worker are in it" : (run.stderr.trim().split("\n")[0] ?? ""),
  );
}

main()
  .catch((e) => {
    console.error(e);
    check("check-standalone ran", false, String(e));
  })
  .finally(() => {
    const passed = results.filter((r) => r.ok).length + scaleOut.passed;
    const failed = results.length - results.filter((r) => r.ok).length + scaleOut.failed;
    console.log(`${passed} passed, ${failed} failed`);
    const resultsArg = args.indexOf("--results");
    if (resultsArg > 0) writeFileSync(args[resultsArg + 1], JSON.stringify({ passed, failed }));
    process.exitCode = failed ? 1 : 0;
  });
