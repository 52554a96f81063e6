import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));
const TEST_DIRS = ["lib", "server", "scripts", "components", "app", "test", "messages", "i18n"];
const include = [`{${TEST_DIRS.join(",")}}/**/*.test.{ts,tsx}`];

/**
 * Three projects. `shared` runs its files one after another in a reused worker (`isolate: false`): the app's
 * modules and node_modules are imported once, not once per file (import time was most of the run).
 * `auth-stub` is for files whose only stand-in (`vi.mock`) is Auth.js's `auth`: they share a worker too, but the
 * app's modules are evaluated afresh for each file (test/fresh-modules.ts), so they call that file's stand-in;
 * node_modules stay loaded. `isolated` gives each file a fresh worker, for the files that need one:
 * - any other stand-in (`vi.mock`, `vi.doMock`, `vi.resetModules`…): in a shared worker it would outlive its file,
 *   and modules an earlier file imported would keep the earlier one. Found by reading the files, so a new test
 *   that mocks something is isolated without anyone listing it.
 * - the files in ISOLATED below, with the reason each needs a process of its own.
 * Each file in a shared worker starts from the same process.env (test/setup-env.ts puts it back), so a file that
 * sets COMMAND_TIMEOUT_MS or an emulator's endpoint does not leak it into the next.
 */
const ISOLATED: Record<string, string> = {
  // points the app's DynamoDB client at a TCP proxy it cuts: the client of the process is made once, on first use
  "server/mqtt/event-ingestor.test.ts": "its own DynamoDB endpoint (a proxy it takes down)",
  // live updates between two app instances: an earlier file's bridge, still subscribed in the process, gets them too
  "server/mqtt/bridge.test.ts": "counts live updates seen by the process's live bus",
  "server/mqtt/adapters/dialects.test.ts": "its own brokers and the process's command waiters",
};

const MOCKS_A_MODULE = /\bvi\.(mock|doMock|unmock|doUnmock|resetModules|importMock)\(/;

function testFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.test\.tsx?$/.test(e.name) && !e.parentPath.includes("node_modules"))
    .map((e) => relative(root, join(e.parentPath, e.name)).split("\\").join("/"));
}

const MOCKED = /\bvi\.mock\("([^"]+)"/g;
/** Auth.js's `auth`, stubbed by the route and action tests (test/route-harness.ts), from wherever it is imported */
const AUTH_MODULE = /^(@\/server|\.\.|\.\.\/\.\.)\/auth\/auth$/;

const files = TEST_DIRS.flatMap(testFiles).map((file) => ({
  file,
  text: readFileSync(join(root, file), "utf8"),
}));
/** Files whose only stand-in is Auth.js's `auth`: they share a worker, with the app's modules made fresh per file. */
const authStubFiles = files
  .filter(({ file, text }) => {
    if (file in ISOLATED) return false;
    const mocked = [...text.matchAll(MOCKED)].map((m) => m[1]);
    const others = text.replace(MOCKED, "");
    return mocked.length > 0 && mocked.every((m) => AUTH_MODULE.test(m)) && !MOCKS_A_MODULE.test(others);
  })
  .map(({ file }) => file);
const isolatedFiles = files
  .filter(
    ({ file, text }) => !authStubFiles.includes(file) && (file in ISOLATED || MOCKS_A_MODULE.test(text)),
  )
  .map(({ file }) => file);

const resolve = {
  alias: [
    { find: /^@\/(.*)$/, replacement: `${root}$1` },
    // `server-only` throws outside React's server build; tests run server modules directly.
    { find: /^server-only$/, replacement: `${root}test/server-only-stub.ts` },
  ],
};
const common = { setupFiles: ["test/setup-env.ts"], testTimeout: 20_000, hookTimeout: 60_000 };

export default defineConfig({
  resolve,
  test: {
    // one DynamoDB Local for both projects (the root's global setup; the projects inherit what it provides)
    globalSetup: ["test/global-setup.ts"],
    projects: [
      {
        resolve,
        test: {
          ...common,
          name: "shared",
          include,
          exclude: [...isolatedFiles, ...authStubFiles],
          isolate: false,
        },
      },
      {
        resolve,
        test: {
          ...common,
          name: "auth-stub",
          include: authStubFiles,
          setupFiles: [...common.setupFiles, "test/fresh-modules.ts"],
          isolate: false,
        },
      },
      { resolve, test: { ...common, name: "isolated", include: isolatedFiles, isolate: true } },
    ],
  },
});
