import autocannon from "autocannon";
import { DEMO_PASSWORD } from "../seed-data/people";
import { signIn } from "./http-session";
import { median, ms, percentile } from "./stats";
import type { BenchModule } from "./types";

/**
 * One busy building's mixed HTTP workload at 10× its peak hour, on one app instance (`next start`, production
 * build), over loopback with autocannon, bounded in time; then the same mix unthrottled, to show the headroom.
 * The peak hour is the scale building's (500 units, about 1,000 residents, 5 staff, 2 managers) as docs/scaling.md
 * models it: each request kind's share below is its requests in that hour.
 */
export const PEAK_HOUR: {
  kind: string;
  who: "resident" | "staff" | "manager";
  perHour: number;
  path: string;
}[] = [
  // 1,000 residents open the portal 3 times a day, 15% of it in the peak hour
  { kind: "resident home", who: "resident", perHour: 450, path: "/resident" },
  { kind: "resident stays (API)", who: "resident", perHour: 200, path: "/api/v1/reservations?limit=20" },
  // 5 staff at the desk, home refreshed every 30 s
  { kind: "staff home", who: "staff", perHour: 600, path: "/staff" },
  { kind: "access log (API)", who: "staff", perHour: 200, path: "/api/v1/access-logs?limit=50" },
  { kind: "ticket queue (API)", who: "staff", perHour: 200, path: "/api/v1/tickets?limit=20" },
  // 2 managers, a page a minute
  { kind: "manager home", who: "manager", perHour: 120, path: "/manager" },
  // about 27 tickets a day at the scale building's rate; rounded up
  { kind: "new ticket (API write)", who: "resident", perHour: 20, path: "/api/v1/tickets" },
];

export const peakRatePerSecond = () => PEAK_HOUR.reduce((a, k) => a + k.perHour, 0) / 3600;

/**
 * The mix as a repeating sequence of requests, each kind as often as its share of the hour (at least once), spread
 * so that every prefix of the sequence is close to the mix (a short run still sends the mix, not the first kinds).
 */
function sequence(unit = 20): (typeof PEAK_HOUR)[number][] {
  const least = Math.min(...PEAK_HOUR.map((k) => k.perHour));
  const reps = PEAK_HOUR.map((k) => Math.max(1, Math.round(k.perHour / Math.max(least, unit))));
  const total = reps.reduce((a, b) => a + b, 0);
  const placed = reps.map(() => 0);
  const out: (typeof PEAK_HOUR)[number][] = [];
  for (let p = 1; p <= total; p++) {
    // the kind furthest behind its share of the first p requests goes next
    let best = 0;
    for (let i = 1; i < reps.length; i++)
      if ((reps[i] * p) / total - placed[i] > (reps[best] * p) / total - placed[best]) best = i;
    placed[best]++;
    out.push(PEAK_HOUR[best]);
  }
  return out;
}

type KindStats = { ms: number[]; errors: number };

async function runMix(
  base: string,
  cookies: Record<string, string>,
  opts: { seconds: number; connections: number; rate?: number },
) {
  const seq = sequence();
  const stats = new Map<string, KindStats>(PEAK_HOUR.map((k) => [k.kind, { ms: [], errors: 0 }]));
  let n = 0;
  const requests: autocannon.Request[] = seq.map((k) => {
    const write = k.path === "/api/v1/tickets" && k.kind.includes("write");
    return {
      method: write ? "POST" : "GET",
      path: k.path,
      headers: {
        cookie: cookies[k.who],
        ...(write ? { "content-type": "application/json", origin: base } : {}),
      },
      ...(write
        ? {
            setupRequest: (req: autocannon.Request) => ({
              ...req,
              body: JSON.stringify({
                title: `Load test ${++n}`,
                description: "Hallway light flickers (load test).",
                category: "electrical",
              }),
            }),
          }
        : {}),
    };
  });
  // each connection walks the sequence in order: its responses are attributed by position
  const position = new Map<unknown, number>();
  let finished: (r: autocannon.Result) => void = () => undefined;
  let failed: (e: unknown) => void = () => undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finished = resolve;
    failed = reject;
  });
  const instance = autocannon(
    {
      url: base,
      connections: opts.connections,
      duration: opts.seconds,
      ...(opts.rate ? { overallRate: opts.rate } : {}),
      requests,
      timeout: 30,
    },
    (err, r) => (err ? failed(err) : finished(r)),
  );
  instance.on("response", (client: unknown, status: number, _bytes: number, time: number) => {
    const i = position.get(client) ?? 0;
    position.set(client, i + 1);
    const s = stats.get(seq[i % seq.length].kind);
    if (!s) return;
    s.ms.push(time);
    if (status < 200 || status >= 300) s.errors++;
  });
  const result = await done;
  return { result, stats };
}

export const load: BenchModule = {
  name: "load",
  description: "One busy building's mixed workload at 10× its peak hour on one app instance (autocannon)",
  async run(ctx) {
    const base = await ctx.app();
    const quick = ctx.options.quick;
    const cookies: Record<string, string> = {};
    for (const who of ["resident", "staff", "manager"] as const)
      cookies[who] = await signIn(base, `${who}@scale.example`, DEMO_PASSWORD);
    const paced = Math.max(1, Math.round(peakRatePerSecond() * 10));
    const seconds = quick ? 3 : Number(process.env.BENCH_LOAD_SECONDS || 60);
    ctx.log(`load: ${paced} req/s (10× peak) for ${seconds} s, then unthrottled…`);
    ctx.dynamoRequests();
    const phases = [
      { label: `10× peak (${paced} req/s)`, opts: { seconds, connections: 4, rate: paced } },
      { label: "unthrottled, 8 connections", opts: { seconds: quick ? 3 : 20, connections: 8 } },
    ];
    const rows: (string | number)[][] = [];
    const raw: Record<string, unknown> = {};
    for (const phase of phases) {
      ctx.dynamoRequests();
      ctx.dynamoUnits();
      const { result, stats } = await runMix(base, cookies, phase.opts);
      const dynamo = ctx.dynamoRequests();
      const units = ctx.dynamoUnits();
      const per = (x: number) =>
        result.requests.total ? Math.round((x / result.requests.total) * 10) / 10 : 0;
      const all = [...stats.values()].flatMap((s) => s.ms);
      const errors = result.errors + result.timeouts + result.non2xx;
      const dynamoTotal = Object.values(dynamo).reduce((a, b) => a + b, 0);
      rows.push([
        phase.label,
        "all",
        result.requests.total,
        Math.round((result.requests.total / phase.opts.seconds) * 10) / 10,
        ms(median(all)),
        ms(percentile(all, 99)),
        errors,
        per(dynamoTotal),
        per(units.read),
        per(units.write),
      ]);
      for (const [kind, s] of stats)
        rows.push([
          "",
          kind,
          s.ms.length,
          Math.round((s.ms.length / phase.opts.seconds) * 10) / 10,
          ms(median(s.ms)),
          ms(percentile(s.ms, 99)),
          s.errors,
          "",
          "",
          "",
        ]);
      raw[phase.label] = {
        latency: result.latency,
        requests: result.requests,
        errors: result.errors,
        timeouts: result.timeouts,
        non2xx: result.non2xx,
        dynamo,
        units,
        byKind: Object.fromEntries([...stats].map(([k, s]) => [k, s.ms])),
      };
    }
    ctx.report(
      {
        title: `Load: the scale building's mixed workload on one app instance (next start), loopback, autocannon`,
        columns: [
          "phase",
          "request",
          "requests",
          "req/s",
          "p50 ms",
          "p99 ms",
          "errors",
          "DynamoDB req/request",
          "RCU/request",
          "WCU/request",
        ],
        rows,
        notes: [
          `peak hour (docs/scaling.md): ${PEAK_HOUR.map((k) => `${k.kind} ${k.perHour}`).join(", ")} per hour = ${peakRatePerSecond().toFixed(2)} req/s`,
          "errors = non-2xx + socket errors + timeouts; the client, the app and DynamoDB Local share this machine's cores",
          "DynamoDB requests and capacity units (as DynamoDB Local reports them) counted by the proxy in front of it",
        ],
      },
      raw,
    );
  },
};
