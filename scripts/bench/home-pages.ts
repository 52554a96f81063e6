import { DEMO_PASSWORD } from "../seed-data/people";
import { signIn, type Timing, timedGet } from "./http-session";
import { median, ms, percentile, ratio } from "./stats";
import type { BenchModule } from "./types";

type Target = { label: string; building: string; path: string; email?: string; expect: string };

const HOMES = ["resident", "staff", "manager"] as const;
const BUILDINGS = [
  { name: "Harbor View", domain: "harbor.example" },
  { name: "Scale Tower", domain: "scale.example" },
];
const TARGETS: Target[] = [
  // statically prerendered; still passes the proxy (session decode) like every page, so it is sent a cookie too
  {
    label: "/about (static)",
    building: "–",
    path: "/about",
    email: "resident@harbor.example",
    expect: "The portal for a building",
  },
  ...BUILDINGS.flatMap((b) =>
    HOMES.map((role) => ({
      label: `/${role}`,
      building: b.name,
      path: `/${role}`,
      email: `${role}@${b.domain}`,
      expect: b.name,
    })),
  ),
];

const sum = (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0);
/** `Query 6, GetItem 3, BatchGetItem 1`: each operation's median count over the samples. */
function byOperation(samples: Record<string, number>[]): string {
  const ops = [...new Set(samples.flatMap((c) => Object.keys(c)))].sort();
  return (
    ops
      .map((op) => [op, median(samples.map((c) => c[op] ?? 0))] as const)
      .filter(([, n]) => n > 0)
      .map(([op, n]) => `${op} ${n}`)
      .join(", ") || "none"
  );
}

/**
 * Server time of each role's home page for the demo building and the scale building, beside a static page of the
 * same app measured in the same run. Requests go round-robin over the targets (one of each, in a rotating
 * order, then the next round) so that the machine's noise falls on all of them alike; medians and the ratio to
 * the static page's median are the figures to compare across runs, not absolute milliseconds.
 */
export const homePages: BenchModule = {
  name: "home-pages",
  description: "role home pages (demo vs scale building) against a static page",
  async run(ctx) {
    const base = await ctx.app();
    const { n, warmup } = ctx.options;
    const cookies = new Map<string, string>();
    for (const t of TARGETS) {
      if (t.email && !cookies.has(t.email)) cookies.set(t.email, await signIn(base, t.email, DEMO_PASSWORD));
    }
    const samples = TARGETS.map(() => [] as Timing[]);
    const requests = TARGETS.map(() => [] as Record<string, number>[]);
    const background = TARGETS.map(() => [] as Record<string, number>[]);
    // what each page's last measured view sent, one line per request (issue 19: every request named)
    const traces = TARGETS.map(() => [] as string[]);
    for (let round = 0; round < warmup + n; round++) {
      for (let k = 0; k < TARGETS.length; k++) {
        const i = (round + k) % TARGETS.length;
        const t = TARGETS[i];
        ctx.dynamoRequests();
        ctx.dynamoTrace();
        ctx.dynamoBackground();
        const res = await timedGet(`${base}${t.path}`, t.email ? cookies.get(t.email) : undefined);
        const sent = ctx.dynamoRequests();
        const meanwhile = ctx.dynamoBackground();
        traces[i] = ctx.dynamoTrace();
        if (res.status !== 200 || !res.body.includes(t.expect)) {
          throw new Error(`${t.path} as ${t.email}: ${res.status}, expected a page with "${t.expect}"`);
        }
        const { body: _body, ...timing } = res;
        if (round >= warmup) {
          samples[i].push(timing);
          requests[i].push(sent);
          background[i].push(meanwhile);
        }
      }
      if ((round + 1) % 10 === 0) ctx.log(`home-pages: round ${round + 1}/${warmup + n}`);
    }
    const total = (s: Timing[]) => s.map((x) => x.totalMs);
    const base50 = median(total(samples[0]));
    const rows = TARGETS.map((t, i) => {
      const s = samples[i];
      const server = s.flatMap((x) => (x.serverMs === null ? [] : [x.serverMs]));
      return [
        t.label,
        t.building,
        ms(median(total(s))),
        ms(percentile(total(s), 95)),
        ratio(median(total(s)), base50),
        ms(median(s.map((x) => x.ttfbMs))),
        server.length ? String(ms(median(server))) : "–",
        Math.round(median(s.map((x) => x.bytes)) / 1024),
        median(requests[i].map(sum)),
        byOperation(requests[i]),
        median(background[i].map(sum)),
      ];
    });
    ctx.report(
      {
        title: `Home pages: server time over ${n} sequential requests each after ${warmup} warm-up, round-robin`,
        columns: [
          "page",
          "building",
          "median ms",
          "p95 ms",
          "× static",
          "TTFB ms",
          "Server-Timing ms",
          "KB",
          "DynamoDB requests",
          "by operation (median)",
          "background jobs meanwhile",
        ],
        rows,
        notes: [
          "time = request sent → last byte of the streamed HTML, over localhost (next start, production build)",
          "× static = median / the static page's median in the same run: compare ratios across runs, not ms",
          "DynamoDB requests: sent by the app while serving the page (layout, session and page), counted by a proxy in front of DynamoDB Local",
          "background jobs meanwhile: requests the sweepers and the MQTT bridge sent during the view (tagged by the app, x-buildingos-job), not counted above",
        ],
      },
      Object.fromEntries(TARGETS.map((t, i) => [`${t.building} ${t.path}`, samples[i]])),
    );
    for (const [i, t] of TARGETS.entries()) {
      if (!traces[i].length) continue;
      ctx.log(`${t.path} (${t.building}), the last view's DynamoDB requests:`);
      for (const line of traces[i]) ctx.log(`  ${line.length > 400 ? `${line.slice(0, 400)}…` : line}`);
    }
  },
};
