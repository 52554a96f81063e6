import { gzipSync } from "node:zlib";
import { DEMO_PASSWORD } from "../seed-data/people";
import { cookiesFor, DEMO_CHECKIN_TOKEN, launchChromium } from "./browser-session";
import { guestSignIn, signIn } from "./http-session";
import { ratio } from "./stats";
import type { BenchModule } from "./types";

/** Issue 19, target 4: the JavaScript each page makes a phone download, gzipped, against the budget. */
const BUDGET_KB = 150;

/** `email`: signed in as that person; `guest`: signed in as the demo stay's guest (its check-in link). */
type Route = { label: string; path: string; email?: string; guest?: boolean; budget: boolean };
const ROUTES: Route[] = [
  // the floor: a static page of the same app loads only the framework's shared chunks
  { label: "/about (static floor)", path: "/about", budget: false },
  { label: "/login", path: "/login", budget: true },
  { label: "guest check-in link", path: `/checkin/${DEMO_CHECKIN_TOKEN}`, budget: true },
  { label: "/stay (guest page)", path: "/stay", guest: true, budget: true },
  { label: "/resident", path: "/resident", email: "resident@harbor.example", budget: true },
  {
    label: "/resident/stays/new",
    path: "/resident/stays/new",
    email: "resident@harbor.example",
    budget: true,
  },
  { label: "/chat", path: "/chat", email: "resident@harbor.example", budget: false },
  { label: "/staff", path: "/staff", email: "staff@harbor.example", budget: false },
  { label: "/manager", path: "/manager", email: "manager@harbor.example", budget: false },
];

/**
 * Opens each page of the production build in Chromium (the Debian one, as the e2e suite does) and sums the
 * same-origin scripts it loads until the network is idle: count, bytes as served, and gzipped here at level 6
 * (what `next start`'s compression sends), beside the static page's scripts (the framework floor) and the
 * 150 KB budget. Sizes, not timings: they do not depend on the machine's load. Lighthouse's scores for the
 * same pages are the `lighthouse` module's.
 */
export const browserBytes: BenchModule = {
  name: "browser-bytes",
  description: "JavaScript per page (gzipped) against the 150 KB budget and the static page's floor",
  async run(ctx) {
    const base = await ctx.app();
    const browser = await launchChromium();
    const rows: (string | number)[][] = [];
    const raw: Record<string, { url: string; bytes: number; gzip: number }[]> = {};
    let floor = 0;
    try {
      const cookies = new Map<string, string>();
      for (const r of ROUTES) {
        if (r.email && !cookies.has(r.email))
          cookies.set(r.email, await signIn(base, r.email, DEMO_PASSWORD));
        if (r.guest && !cookies.has("guest"))
          cookies.set("guest", await guestSignIn(base, DEMO_CHECKIN_TOKEN));
      }
      for (const r of ROUTES) {
        const context = await browser.newContext();
        const cookie = cookies.get(r.guest ? "guest" : (r.email ?? ""));
        if (cookie) await context.addCookies(cookiesFor(cookie, base));
        const page = await context.newPage();
        const scripts = new Map<string, Promise<Buffer | null>>();
        page.on("response", (res) => {
          if (res.request().resourceType() !== "script" || !res.url().startsWith(base)) return;
          scripts.set(
            res.url(),
            res.body().catch(() => null),
          );
        });
        const res = await page.goto(`${base}${r.path}`, { waitUntil: "networkidle" });
        if (!res || res.status() >= 400) throw new Error(`${r.path}: ${res?.status() ?? "no response"}`);
        const files = (
          await Promise.all(
            [...scripts].map(async ([url, body]) => {
              const b = await body;
              return b
                ? { url: url.replace(base, ""), bytes: b.length, gzip: gzipSync(b, { level: 6 }).length }
                : null;
            }),
          )
        ).filter((f) => f !== null);
        await context.close();
        raw[r.label] = files;
        const gz = files.reduce((n, f) => n + f.gzip, 0) / 1024;
        const plain = files.reduce((n, f) => n + f.bytes, 0) / 1024;
        if (!floor) floor = gz;
        rows.push([
          r.label,
          files.length,
          Math.round(plain),
          Math.round(gz),
          ratio(gz, floor),
          r.budget
            ? gz <= BUDGET_KB
              ? `met (≤ ${BUDGET_KB})`
              : `over by ${Math.round(gz - BUDGET_KB)} KB`
            : "–",
        ]);
      }
    } finally {
      await browser.close();
    }
    ctx.report(
      {
        title: "JavaScript per page, production build in Chromium (until network idle)",
        columns: [
          "page",
          "scripts",
          "KB as served",
          "KB gzipped",
          "× static floor",
          `budget ${BUDGET_KB} KB gz`,
        ],
        rows,
        notes: [
          "same-origin scripts only; gzip level 6 computed here from each script's bytes",
          "the static page's scripts are the framework's shared chunks: the floor no page goes under",
          "budget (issue 19): resident, guest and login pages ≤ 150 KB gzipped; Lighthouse scores: the lighthouse module",
        ],
      },
      raw,
    );
  },
};
