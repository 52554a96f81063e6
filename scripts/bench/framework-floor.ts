import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "../stack/free-port";
import { type Timing, timedGet } from "./http-session";
import { nextBuild, startNext } from "./next-app";
import { median, ms, percentile, ratio } from "./stats";
import { atLeast, type BenchModule } from "./types";

const root = fileURLToPath(new URL("../..", import.meta.url));
/** Under `.data/` (ignored by git, Biome and tsc); inside the repository so that it resolves the app's own `next`. */
const appDir = (name: string) => join(root, ".data", `bench-framework-floor-${name}`);

/** Rows of the pages below whose size is fixed (about 74 KB of HTML, between the homes' 55 and 89 KB). */
const HOME_SIZED = 120;
/** Rows of `/rendered?items=N`: from the static page's size to past the largest home's (about 10 to 97 KB). */
const SIZES = [8, 40, 80, HOME_SIZED, 160];

/**
 * The smallest App Router app that can tell what Next.js itself costs: no proxy, no session, no i18n, no data, no
 * client component. `/about` is prerendered; the other pages carry the same markup and are rendered per request.
 */
const COMMON: Record<string, string> = {
  "package.json": '{ "private": true }\n',
  // nothing to start: without a file of its own, Turbopack bundles the app's instrumentation.ts found above it
  "instrumentation.js": "export function register() {}\n",
  "app/layout.jsx": `export default function Layout({ children }) {
  return (<html lang="en"><body>{children}</body></html>);
}
`,
  "app/list.jsx": `export function List({ items }) {
  return (
    <main className="mx-auto max-w-5xl space-y-8 p-4">
      <h1 className="text-2xl font-semibold">A page of {items} rows</h1>
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200">
        {Array.from({ length: items }, (_, i) => (
          <li key={i} className="flex items-center justify-between gap-3 px-4 py-2">
            <a href={"/rows/" + i} className="font-medium text-slate-900 hover:underline">Row number {i}</a>
            <span className="text-sm text-slate-600">some words about it</span>
          </li>
        ))}
      </ul>
    </main>
  );
}
`,
  "app/about/page.jsx": `import { List } from "../list";
export default function Page() { return <List items={8} />; }
`,
};

/** Next's defaults: `/rendered?items=N` reads its search params, so it is rendered on every request. */
const PLAIN: Record<string, string> = {
  // a config of its own, or Next finds the app's next.config.ts above it
  "next.config.mjs": "export default {};\n",
  "app/rendered/page.jsx": `import { List } from "../list";
export default async function Page({ searchParams }) {
  const { items } = await searchParams;
  return <List items={Number(items ?? 8)} />;
}
`,
};

/**
 * `cacheComponents` (Next 16's partial prerendering and `"use cache"`), the usual answer to "a page rendered per
 * request is slow": `/shell` prerenders its rows and leaves one per-request hole (the visitor's name from a cookie);
 * `/cached` renders per request but takes its rows from `"use cache"`, keyed by that name, as a per-user cache would.
 */
const CACHE_COMPONENTS: Record<string, string> = {
  "next.config.mjs": "export default { cacheComponents: true };\n",
  "app/who.jsx": `import { cookies } from "next/headers";
export async function who() { return (await cookies()).get("who")?.value ?? "there"; }
`,
  "app/rendered/page.jsx": `import { Suspense } from "react";
import { List } from "../list";
import { who } from "../who";
async function Rows() { const name = await who(); return (<><p>Hello {name}</p><List items={${HOME_SIZED}} /></>); }
export default function Page() { return (<Suspense fallback={null}><Rows /></Suspense>); }
`,
  "app/shell/page.jsx": `import { Suspense } from "react";
import { List } from "../list";
import { who } from "../who";
async function Greeting() { return <p>Hello {await who()}</p>; }
export default function Page() {
  return (<><Suspense fallback={<p>Hello</p>}><Greeting /></Suspense><List items={${HOME_SIZED}} /></>);
}
`,
  "app/cached/page.jsx": `import { Suspense } from "react";
import { List } from "../list";
import { who } from "../who";
async function Rows({ name }) { "use cache"; return (<><p>Hello {name}</p><List items={${HOME_SIZED}} /></>); }
async function Body() { return <Rows name={await who()} />; }
export default function Page() { return (<Suspense fallback={null}><Body /></Suspense>); }
`,
};

function buildApp(dir: string, files: Record<string, string>, log: (m: string) => void): void {
  rmSync(dir, { recursive: true, force: true });
  for (const [file, text] of Object.entries({ ...COMMON, ...files })) {
    mkdirSync(join(dir, file, ".."), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  log(`framework-floor: building ${dir}…`);
  nextBuild(dir, { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" }, "quiet");
}

type Target = { label: string; path: string };
type Measured = Target & { build: string; samples: Timing[] };

/** Round-robin over one build's pages, on its own `next start` (the only server running, as in `home-pages`). */
async function measure(
  build: string,
  dir: string,
  targets: Target[],
  rounds: number,
  warmup: number,
): Promise<Measured[]> {
  const app = await startNext(dir, { ...process.env }, await freePort());
  try {
    const samples = targets.map(() => [] as Timing[]);
    for (let round = 0; round < warmup + rounds; round++) {
      for (let k = 0; k < targets.length; k++) {
        const i = (round + k) % targets.length;
        const res = await timedGet(`${app.url}${targets[i].path}`, "who=alice");
        if (res.status !== 200 || !res.body.includes("A page of")) {
          throw new Error(`${targets[i].path} in the bare app (${build}): ${res.status}`);
        }
        if (targets[i].path !== "/about" && build !== "defaults" && !res.body.includes("alice")) {
          throw new Error(
            `${targets[i].path} in the bare app (${build}) did not render its per-request part`,
          );
        }
        const { body: _body, ...timing } = res;
        if (round >= warmup) samples[i].push(timing);
      }
    }
    return targets.map((t, i) => ({ ...t, build, samples: samples[i] }));
  } finally {
    await app.stop();
  }
}

const STATIC: Target = { label: "/about (static)", path: "/about" };

/**
 * Next.js's own floor for a page rendered per request (issue 19, target 1): a bare app's static page beside the same
 * markup rendered on each request at sizes up to the homes', then a second build with `cacheComponents` at the
 * homes' size (everything per request, partial prerendering, `"use cache"`), each build measured round-robin like
 * `home-pages` against its own static page. A home's "× static" cannot go below what this table gives at its size;
 * what it costs above that is the app's own work (proxy and session, DynamoDB, i18n, its components).
 */
export const frameworkFloor: BenchModule = {
  name: "framework-floor",
  description: "Next.js's own cost of rendering a page per request, by page size, in a bare app",
  async run(ctx) {
    buildApp(appDir("plain"), PLAIN, ctx.log);
    buildApp(appDir("cached"), CACHE_COMPONENTS, ctx.log);
    const rounds = atLeast(ctx.options, 100);
    const { warmup } = ctx.options;
    const sized = SIZES.map((items) => ({
      label: `rendered, ${items} rows`,
      path: `/rendered?items=${items}`,
    }));
    const plain = await measure("defaults", appDir("plain"), [STATIC, ...sized], rounds, warmup);
    const cached = await measure(
      "cacheComponents",
      appDir("cached"),
      [
        STATIC,
        { label: `rendered, ${HOME_SIZED} rows`, path: "/rendered" },
        { label: `partial prerender, ${HOME_SIZED} rows`, path: "/shell" },
        { label: `"use cache", ${HOME_SIZED} rows`, path: "/cached" },
      ],
      rounds,
      warmup,
    );
    const total = (m: Measured) => m.samples.map((x) => x.totalMs);
    const kb = (m: Measured) => Math.round(median(m.samples.map((x) => x.bytes)) / 1024);
    const times = (m: Measured, base: Measured) => median(total(m)) / median(total(base));
    const within = plain.filter((m) => m.path.startsWith("/rendered") && times(m, plain[0]) <= 2.5);
    const largest = within.length ? `${Math.max(...within.map(kb))} KB` : "none";
    const row = (m: Measured, base: Measured) => [
      m.build,
      m.label,
      kb(m),
      ms(median(total(m))),
      ms(percentile(total(m), 95)),
      ms(median(m.samples.map((x) => x.ttfbMs))),
      ratio(median(total(m)), median(total(base))),
    ];
    ctx.report(
      {
        title: `Next.js's own floor: a bare app's static page and the same markup rendered per request (${rounds} requests each, round-robin per build)`,
        columns: ["build", "page", "KB", "median ms", "p95 ms", "TTFB ms", "× static"],
        rows: [...plain.map((m) => row(m, plain[0])), ...cached.map((m) => row(m, cached[0]))],
        notes: [
          "no proxy, session, i18n, data or client component: what next start (production build) and React cost alone on this machine",
          `the largest page rendered per request within 2.5× the static page in this run: ${largest}; a home larger than that (home-pages, KB) cannot meet 2.5× by doing less data work`,
          'cacheComponents: the same rows and one per-request value (a cookie): all of it per request, the rows prerendered around it (partial prerender), or the rows from "use cache" keyed by it; × static against that build\'s own /about',
        ],
      },
      Object.fromEntries([...plain, ...cached].map((m) => [`${m.build} ${m.label}`, m.samples])),
    );
  },
};
