import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CONFIG_VARS, ConfigError, checkConfigAtStart, config, ENV, parseConfig } from "./config";

const root = path.resolve(import.meta.dirname, "..");
const read = (file: string) => readFileSync(path.join(root, file), "utf8");

/**
 * Variables that are deliberately not in both the schema and the docs:
 * - set by the runtime, never by whoever configures the app, so neither .env.example nor the README table lists them
 *   (docs/deploy.md does);
 * - read by `npm run dev`, the scripts and Next itself (`PORT`), not by the app, so not in the schema. The scripts
 *   read process.env directly: they are what sets the environment up.
 */
const SET_BY_RUNTIME = ["NODE_ENV", "NEXT_PHASE"];
const SCRIPTS_ONLY_IN_ENV_EXAMPLE = [
  "PORT",
  "SIMULATOR",
  "SIM_ACK_MS",
  "SIM_FAILURE_RATE",
  "SIM_ACCESS_EVERY_MS",
  "SIM_TELEMETRY_MS",
  "SIMULATOR_BUILDINGS",
  "SIM_OFFLINE",
];
const SCRIPTS_ONLY_IN_README = ["PORT", "SIMULATOR"];

const documented = CONFIG_VARS.filter((v) => !SET_BY_RUNTIME.includes(v));
const sorted = (names: Iterable<string>) => [...new Set(names)].sort();

/** `# NAME=value` lines of .env.example, commented out or not. */
function envExample(): Map<string, string> {
  const vars = new Map<string, string>();
  for (const line of read(".env.example").split("\n")) {
    const m = /^#? ?([A-Z][A-Z0-9_]*)=(.*)$/.exec(line);
    if (m) vars.set(m[1], m[2]);
  }
  return vars;
}

/** The backquoted names in the first column of the README's "Configuration" table. */
function readmeTable(): string[] {
  const section = read("README.md").split("\n## Configuration\n")[1].split("\n## ")[0];
  return section
    .split("\n")
    .filter((l) => /^\| `/.test(l))
    .flatMap((l) => [...l.split("|")[1].matchAll(/`([A-Z][A-Z0-9_*]*)`/g)].map((m) => m[1]));
}

describe("configuration schema", () => {
  it("gives every variable a default or leaves it unset, with a description and what it expects", () => {
    const c = parseConfig({});
    expect(c.APP_URL).toBe("http://localhost:3000");
    expect(c.COMMAND_TIMEOUT_MS).toBe(5000);
    expect(c.MQTT_DISABLED).toBe(false);
    expect(c.DYNAMODB_ENDPOINT).toBeUndefined();
    for (const name of CONFIG_VARS) {
      expect(ENV[name].describe.length, name).toBeGreaterThan(10);
      expect(ENV[name].expects.length, name).toBeGreaterThan(0);
    }
  });

  it("types what it reads: numbers, flags, enums (trimmed, any case), an empty value counts as unset", () => {
    const c = parseConfig({
      SHUTDOWN_DRAIN_MS: "2500",
      MQTT_DISABLED: "true",
      AI_PROVIDER: " Bedrock ",
      MQTT_PROTOCOL_VERSION: "5",
      APP_URL: "",
      BEDROCK_EMBEDDING_DIMENSIONS: "512",
    });
    expect(c).toMatchObject({
      SHUTDOWN_DRAIN_MS: 2500,
      MQTT_DISABLED: true,
      AI_PROVIDER: "bedrock",
      MQTT_PROTOCOL_VERSION: "5",
      APP_URL: "http://localhost:3000",
      BEDROCK_EMBEDDING_DIMENSIONS: 512,
    });
  });

  it("refuses bad values with one line per variable naming what it expects, secrets not echoed", () => {
    let error: unknown;
    try {
      parseConfig({
        SHUTDOWN_DRAIN_MS: "ten seconds",
        TRUSTED_PROXY_HOPS: "0",
        EMAIL_TRANSPORT: "smtp",
        APP_URL: "not a url",
        HEALTH_TOKEN: "short",
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message.split("\n")).toEqual([
      "Invalid configuration (see .env.example):",
      '  SHUTDOWN_DRAIN_MS="ten seconds": expected a positive whole number of milliseconds',
      '  APP_URL="not a url": expected a URL',
      "  HEALTH_TOKEN=(hidden): expected at least 16 characters",
      '  TRUSTED_PROXY_HOPS="0": expected a whole number from 1 to 10',
      '  EMAIL_TRANSPORT="smtp": expected one of outbox, ses',
    ]);
  });

  it("requires OPENAI_COMPATIBLE_BASE_URL when a model comes from that endpoint", () => {
    expect(() => parseConfig({ AI_PROVIDER: "openai-compatible" })).toThrow(
      /OPENAI_COMPATIBLE_BASE_URL \(unset\): must be set when AI_PROVIDER or EMBEDDINGS_PROVIDER is openai-compatible/,
    );
    expect(() => parseConfig({ EMBEDDINGS_PROVIDER: "openai-compatible" })).toThrow(
      /OPENAI_COMPATIBLE_BASE_URL/,
    );
  });
});

describe("config()", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it("outside production, follows a change of the environment on the next call (tests set variables per test)", () => {
    vi.stubEnv("COMMAND_TIMEOUT_MS", "700");
    expect(config().COMMAND_TIMEOUT_MS).toBe(700);
    vi.stubEnv("COMMAND_TIMEOUT_MS", "1500");
    expect(config().COMMAND_TIMEOUT_MS).toBe(1500);
  });

  it("at start, a bad variable stops the server with the message only (no stack trace)", () => {
    vi.stubEnv("MQTT_PROTOCOL_VERSION", "3");
    const exit = vi.spyOn(process, "exit").mockImplementation((() => undefined) as never);
    const printed = vi.spyOn(console, "error").mockImplementation(() => undefined);
    checkConfigAtStart();
    expect(exit).toHaveBeenCalledWith(1);
    expect(printed.mock.calls).toEqual([
      ['Invalid configuration (see .env.example):\n  MQTT_PROTOCOL_VERSION="3": expected 4, 5 or auto'],
    ]);
  });

  it("is not checked while `next build` runs (that environment is not the server's)", () => {
    vi.stubEnv("MQTT_PROTOCOL_VERSION", "3");
    vi.stubEnv("NEXT_PHASE", "phase-production-build");
    const exit = vi.spyOn(process, "exit").mockImplementation((() => undefined) as never);
    checkConfigAtStart();
    expect(exit).not.toHaveBeenCalled();
  });
});

describe("the docs list exactly the variables of the schema", () => {
  it(".env.example: every variable, plus the scripts' own", () => {
    expect(sorted(envExample().keys())).toEqual(sorted([...documented, ...SCRIPTS_ONLY_IN_ENV_EXAMPLE]));
  });

  it(".env.example: each value shown is valid, and is the default when the variable has one", () => {
    const defaults = parseConfig({});
    for (const [name, value] of envExample()) {
      if (!(name in ENV)) continue;
      const parsed = parseConfig({ [name]: value }) as Record<string, unknown>;
      const def = (defaults as Record<string, unknown>)[name];
      if (value !== "" && def !== undefined) expect(parsed[name], name).toEqual(def);
    }
  });

  it("README's Configuration table: every variable, plus SIMULATOR and PORT", () => {
    const names = readmeTable();
    expect(names.filter((n) => n.includes("*"))).toEqual([]);
    expect(sorted(names)).toEqual(sorted([...documented, ...SCRIPTS_ONLY_IN_README]));
  });

  it("docs/deploy.md's environment table names every variable of the schema", () => {
    const deploy = read("docs/deploy.md").split("## Environment variables")[1].split("\n## ")[0];
    const named = new Set([...deploy.matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map((m) => m[1]));
    expect(CONFIG_VARS.filter((v) => !named.has(v))).toEqual([]);
  });
});

describe("raw environment reads", () => {
  /**
   * Only server/config.ts reads process.env, except two files that cannot load it: instrumentation.ts
   * (NEXT_RUNTIME, before anything is imported; the Edge runtime runs it too) and next.config.ts (loaded by
   * Next's CLI; the CSP from lib/csp.ts, which takes the variables as an argument). Tests and scripts set the
   * environment up and may read it.
   */
  const ALLOWED = ["server/config.ts", "instrumentation.ts", "next.config.ts"];

  function sources(dir: string): string[] {
    return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
      .map((e) => path.relative(root, path.join(e.parentPath, e.name)));
  }

  it("no other module of the app reads process.env", () => {
    const files = [
      ...["app", "server", "lib", "components"].flatMap(sources),
      "instrumentation.ts",
      "proxy.ts",
      "next.config.ts",
    ];
    const raw = files.filter(
      (f) => !ALLOWED.includes(f) && /process\.env\b/.test(read(f).replace(/^\s*(\*|\/\/).*$/gm, "")),
    );
    expect(raw).toEqual([]);
  });
});
