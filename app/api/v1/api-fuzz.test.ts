import { AsyncLocalStorage } from "node:async_hooks";
import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it, vi } from "vitest";
import type { z } from "zod";
import { addDays, todayIn } from "@/lib/domain/stay-dates";
import { setDevicePort } from "@/server/agents/device-port";
import { startMission } from "@/server/agents/director";
import { seedConciergeBuilding } from "@/server/ai/concierge-test-fixtures";
import { auth } from "@/server/auth/auth";
import { authorizeCheckinToken } from "@/server/auth/guest-session";
import { db } from "@/server/db/client";
import { API_OPERATIONS } from "@/server/http/openapi/operations";
import type { ApiOperation } from "@/server/http/openapi/registry";
import { createKnowledgeDocument } from "@/server/services/knowledge/create-knowledge-document";
import { createReservation } from "@/server/services/reservations/create-reservation";
import { ticketInput } from "@/server/services/shared/test-fixtures";
import { openTicket } from "@/server/services/tickets/open-ticket";
import { seedToken, seedUnit } from "@/test/api-fixtures";
import { type RunningS3, startS3 } from "../../../scripts/stack/s3";

/**
 * Hostile input against every `/api/v1` operation, through the real route handlers, DynamoDB Local and the S3
 * emulator. Inputs are generated from each operation's own zod schemas (the ones the route parses with), with
 * every leaf sometimes replaced by something hostile: wrong types, huge or control-laden strings, prototype
 * keys, path traversal, negative/NaN numbers, forged cursors, and the ids of another building. Each operation
 * is called as a manager, staff, a resident, a guest, an API token and anonymously. Asserted for every case:
 * never a 5xx, no table write behind a refused (4xx) answer, and never another building's id in an answer
 * (beyond echoing the caller's own input in an error).
 */
vi.mock("@/server/auth/auth", () => ({ auth: vi.fn(async () => null) }));
type Session = { user: Record<string, unknown>; expires: string; checkinLinkId?: string } | null;
const setSession = (s: Session) => vi.mocked(auth as unknown as () => Promise<unknown>).mockResolvedValue(s);

const bucket = "api-fuzz";
const emulator: RunningS3 = await startS3({ bucket });
process.env.S3_ENDPOINT = emulator.endpoint;
process.env.S3_BUCKET = bucket;
setDevicePort(async () => ({ status: "acknowledged", commandId: "cmd_fuzz" }));

// ---------------------------------------------------------------------------------------------------------
// Two buildings: A is where every caller lives; B's ids are thrown at A's callers and must never come back.
const a = await seedConciergeBuilding();
const b = await seedConciergeBuilding();
afterAll(async () => {
  await a.cleanup();
  await b.cleanup();
  await emulator.stop();
});

async function stayIn(
  h: typeof a,
  unitId: string,
  from: number,
  nights: number,
  email: string,
  notes: string,
) {
  const today = todayIn("Europe/Lisbon");
  return createReservation(
    h.manager,
    {
      unitId,
      checkIn: addDays(today, from),
      checkOut: addDays(today, from + nights),
      guest: { name: "Fuzz Guest", email },
      guestCount: 1,
      notes,
    },
    { source: "portal" },
  );
}
const guestStay = await stayIn(a, a.unit1.id, 0, 3, "fuzz@guest.example", "A-host-only note");
const otherStayA = await stayIn(a, a.unit2.id, 10, 2, "fuzz-other-unit@guest.example", "A's other note");
const stayB = await stayIn(b, b.unit1.id, 0, 3, "fuzz-b@guest.example", "B-only host note");
const [ticketA, ticketB] = await Promise.all([
  openTicket(a.resident2, ticketInput({ title: "A's other ticket" })),
  openTicket(b.resident, ticketInput({ title: "B-only ticket title" })),
]);
const tokenA = await seedToken(a.b, { role: "manager" });
const otherTokenA = await seedToken(a.b, { role: "staff" });
const knowledge = (h: typeof a, title: string) =>
  createKnowledgeDocument(h.manager, {
    title,
    audience: ["resident"],
    format: "markdown",
    text: `# ${title}\n\nThe bike room is behind the garage.`,
  }).then(async (d) => {
    await d.indexing;
    return d.document;
  });
const handOver = (who: typeof a.resident) =>
  startMission(who, { kind: "hand_over", reason: "Fuzz: please call me", urgent: false });
const [docA, docB, missionA, missionB] = await Promise.all([
  knowledge(a, "A bike room"),
  knowledge(b, "B-only bike room"),
  handOver(a.resident2),
  handOver(b.resident),
]);
const tokenB = await seedToken(b.b, { role: "manager" });
const guestUser = await authorizeCheckinToken(new URL(guestStay.checkInUrl).pathname.split("/").pop());
if (!guestUser) throw new Error("the guest's check-in link did not sign in");

/** Every id of building B, and A's ids that none of the callers acts as (acting ids are left out of the
 * pools so the fuzzer does not revoke its own token or cancel the guest's stay and lose coverage). */
const B_IDS = [
  b.b,
  b.unit1.id,
  b.unit2.id,
  b.lock1.id,
  b.lock2.id,
  b.resident.id,
  b.resident2.id,
  b.staff.id,
  b.manager.id,
  stayB.reservation.id,
  ticketB.id,
  tokenB.token.id,
  docB.id,
  missionB.id,
  ...missionB.steps.map((st) => st.id),
];
/** Content only building B holds: none of it may reach a caller of A, whatever the request said. */
const B_MARKERS = ["B-only ticket title", "fuzz-b@guest.example", "B-only host note", "B-only bike room"];
/** Within A: the guest never reads the host's notes on their stay; neither guest nor the resident of unit 1
 * reads the stay of unit 2. */
const HIDDEN_FROM: Partial<Record<string, string[]>> = {
  guest: ["A-host-only note", "fuzz-other-unit@guest.example", "A's other note"],
  resident: ["fuzz-other-unit@guest.example", "A's other note"],
};
const A_IDS = [
  otherTokenA.token.id,
  docA.id,
  missionA.id,
  ...missionA.steps.map((st) => st.id),
  a.unit1.id,
  a.unit2.id,
  a.lock1.id,
  a.lock2.id,
  a.resident2.id,
  otherStayA.reservation.id,
  ticketA.id,
];
const ID_POOL = [...A_IDS, ...B_IDS];

type Role = "manager" | "staff" | "resident" | "guest" | "token" | "anonymous";
const ROLES: Role[] = ["manager", "staff", "resident", "guest", "token", "anonymous"];
const userSession = (u: { id: string; buildingId: string; role: string }): Session => ({
  user: { id: u.id, buildingId: u.buildingId, role: u.role },
  expires: "",
});
function signInAs(role: Role): Record<string, string> {
  if (role === "token") {
    setSession(null);
    return { authorization: `Bearer ${tokenA.secret}` };
  }
  if (role === "anonymous") setSession(null);
  else if (role === "guest")
    setSession({
      user: { ...guestUser, role: "guest" } as Record<string, unknown>,
      expires: "",
      checkinLinkId: guestUser?.checkinLinkId,
    });
  else setSession(userSession(a[role]));
  return {};
}

// ---------------------------------------------------------------------------------------------------------
// Hostile values, and inputs generated from the operation's own zod schemas.
const huge = "A".repeat(100_000);
const HOSTILE_STRINGS = [
  "",
  " ",
  "../../../../etc/passwd",
  "..%2F..%2F..%2Fetc%2Fpasswd",
  "buildings/../../secrets",
  "\u0000",
  "\u202Egnp.exe",
  "__proto__",
  "constructor",
  "prototype",
  "NaN",
  "-1",
  "-0",
  "1e309",
  "Infinity",
  "null",
  "true",
  "[]",
  "{}",
  "<script>alert(1)</script>",
  "' OR '1'='1",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, on purpose
  "${7*7}",
  "%s%n%x",
  "🏢".repeat(3000),
  huge,
  "9999-99-99",
  "0000-00-00",
  "2031-02-30",
  "eyJpIjo5OTk5LCJjIjoiIn0", // {"i":9999,"c":""}: a forged resident cursor
  "eyJwayI6IkJMRCNvdGhlciIsInNrIjoieCJ9", // a forged key cursor naming another partition
  Buffer.from(JSON.stringify({ pk: `BLD#${b.b}`, sk: "BUILDING" })).toString("base64url"),
  ...B_IDS,
];
const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
);
const hostileNumber = fc.constantFrom(
  -1,
  0,
  -0,
  2 ** 53,
  -(2 ** 31),
  1e308,
  0.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
);
const protoObject = fc.constantFrom<Record<string, unknown>>(
  JSON.parse('{"__proto__":{"polluted":"yes"}}'),
  { constructor: { prototype: { polluted: "yes" } } },
  JSON.parse('{"__proto__":{"isAdmin":true},"role":"manager"}'),
);
const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  v: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    hostileString,
    hostileNumber,
    fc.boolean(),
    fc.constant(null),
    protoObject,
    fc.array(tie("v"), { maxLength: 3 }),
    fc.dictionary(hostileString, tie("v"), { maxKeys: 3 }),
    fc.constant(Array.from({ length: 5000 }, (_, i) => i)),
  ),
})).v;

type Def = { type: string; [k: string]: unknown };
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def; bag?: Record<string, unknown> } })._zod;

/** A value the schema would (mostly) accept, so cases get past parsing into the services. */
function validish(schema: z.ZodType, key = "", depth = 0): fc.Arbitrary<unknown> {
  const { def, bag = {} } = defOf(schema);
  const inner = (s: unknown, k = key) => validish(s as z.ZodType, k, depth + 1);
  switch (def.type) {
    case "object": {
      const shape = def.shape as Record<string, z.ZodType>;
      const entries = Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, leaf(s, k, depth + 1)]));
      return fc.record(entries, { requiredKeys: [] });
    }
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "nonoptional":
    case "readonly":
    case "catch":
      return inner(def.innerType);
    case "pipe":
      return inner(def.in);
    case "lazy":
      return depth > 4 ? fc.constant(null) : inner((def.getter as () => unknown)());
    case "union":
      return fc.oneof(...(def.options as z.ZodType[]).map((o) => inner(o)));
    case "enum":
      return fc.constantFrom(...Object.values(def.entries as Record<string, string>));
    case "literal":
      return fc.constantFrom(...(def.values as unknown[]));
    case "array":
      return fc.array(inner(def.element), { maxLength: 3 });
    case "tuple":
      return fc.tuple(...(def.items as z.ZodType[]).map((i) => inner(i)));
    case "record":
      return fc.dictionary(fc.string({ maxLength: 12 }), inner(def.valueType), { maxKeys: 3 });
    case "boolean":
      return fc.boolean();
    case "number": {
      const min = typeof bag.minimum === "number" && Number.isFinite(bag.minimum) ? bag.minimum : -10;
      const max = typeof bag.maximum === "number" && Number.isFinite(bag.maximum) ? bag.maximum : 1000;
      return fc.integer({ min: Math.ceil(min), max: Math.max(Math.ceil(min), Math.floor(max)) });
    }
    case "string":
      return stringFor(bag, key);
    default:
      return hostileValue;
  }
}

function stringFor(bag: Record<string, unknown>, key: string): fc.Arbitrary<unknown> {
  const options: fc.Arbitrary<unknown>[] = [];
  if (/id$|ids$|key$/i.test(key)) options.push(fc.constantFrom(...ID_POOL));
  if (bag.format === "email") options.push(fc.emailAddress());
  else if (bag.format === "url") options.push(fc.webUrl());
  else if (bag.format === "datetime")
    options.push(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()));
  else if (bag.format === "date") {
    const today = todayIn("UTC");
    options.push(fc.integer({ min: -30, max: 400 }).map((n) => addDays(today, n)));
  }
  const patterns = [...((bag.patterns as Set<RegExp> | undefined) ?? [])];
  for (const p of patterns) {
    try {
      options.push(fc.stringMatching(p, { size: "xsmall" }));
    } catch {}
  }
  const max = typeof bag.maxLength === "number" ? Math.min(bag.maxLength, 60) : 40;
  const min = typeof bag.minLength === "number" ? Math.min(bag.minLength, max) : 0;
  options.push(fc.string({ minLength: min, maxLength: max }));
  return fc.oneof(...options);
}

/** A leaf: usually valid-ish, sometimes hostile, sometimes absent from the object (fc.record's own choice). */
const leaf = (schema: z.ZodType, key: string, depth: number) =>
  fc.oneof({ weight: 3, arbitrary: validish(schema, key, depth) }, { weight: 1, arbitrary: hostileValue });

/** The whole input of one case: path params, query string, body (or raw text), and a stray header. */
function caseArb(op: ApiOperation) {
  const names = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
  const param = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...ID_POOL) },
    { weight: 2, arbitrary: hostileString },
  );
  const params = fc.record(
    Object.fromEntries(names.map((n) => [n, param])) as Record<string, fc.Arbitrary<string>>,
  );
  const query = op.query
    ? fc.oneof({ weight: 4, arbitrary: validish(op.query) }, { weight: 1, arbitrary: hostileValue })
    : fc.oneof(fc.constant({}), fc.dictionary(hostileString, hostileString, { maxKeys: 2 }));
  const body = op.body
    ? fc.oneof(
        { weight: 5, arbitrary: validish(op.body).map((v) => ({ json: v })) },
        { weight: 1, arbitrary: hostileValue.map((v) => ({ json: v })) },
        {
          weight: 1,
          arbitrary: fc
            .constantFrom("{", '{"a":', "\u0000", "[1,2", huge, '{"__proto__":{"polluted":1}}')
            .map((raw) => ({ raw })),
        },
      )
    : fc.constant(undefined);
  return fc.record({ params, query, body });
}

/** Query values become strings the way a URL carries them (objects and arrays as JSON, like a careless client). */
const asText = (v: unknown) => (typeof v === "string" ? v : (JSON.stringify(v) ?? ""));
function toSearch(q: unknown): string {
  if (!q || typeof q !== "object" || Array.isArray(q)) return `?q=${encodeURIComponent(asText(q))}`;
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) {
    if (v === undefined) continue;
    s.append(k, asText(v));
  }
  const text = s.toString();
  return text ? `?${text}` : "";
}

// ---------------------------------------------------------------------------------------------------------
// Writes are watched at the table client: each case runs in its own async context, so a write is charged to
// the case (and its background work) that made it. Allowed on a refusal: rate-limit windows, the audit trail
// and a token's last-use stamp, which record the attempt, not its effect.
type Watch = { writes: string[] };
const watching = new AsyncLocalStorage<Watch>();
const client = db();
const send = client.send.bind(client) as (c: unknown, ...r: unknown[]) => Promise<unknown>;
vi.spyOn(client, "send").mockImplementation((async (command: unknown, ...rest: unknown[]) => {
  const out = await send(command, ...rest);
  const watch = watching.getStore();
  if (watch) watch.writes.push(...writtenKeys(command).filter((k) => !recordsOnly(k)));
  return out;
}) as never);

type Keyed = { pk?: string; sk?: string };
function writtenKeys(command: unknown): string[] {
  const name = (command as { constructor: { name: string } }).constructor.name;
  const input = (command as { input: Record<string, unknown> }).input;
  const k = (x: unknown) => `${(x as Keyed).pk}|${(x as Keyed).sk}`;
  if (name === "PutCommand") return [k(input.Item)];
  if (name === "UpdateCommand" || name === "DeleteCommand") return [k(input.Key)];
  if (name === "TransactWriteCommand") {
    return (input.TransactItems as Record<string, { Item?: unknown; Key?: unknown }>[]).flatMap((t) =>
      t.Put ? [k(t.Put.Item)] : t.Update ? [k(t.Update.Key)] : t.Delete ? [k(t.Delete.Key)] : [],
    );
  }
  if (name === "BatchWriteCommand") {
    return Object.values(
      input.RequestItems as Record<string, Record<string, { Item?: unknown; Key?: unknown }>[]>,
    )
      .flat()
      .map((r) => (r.PutRequest ? k(r.PutRequest.Item) : k(r.DeleteRequest?.Key)));
  }
  return [];
}
const recordsOnly = (key: string) =>
  key.startsWith("RATE#") || key.includes("#AUDIT|") || /\|APITOKEN#/.test(key);

// ---------------------------------------------------------------------------------------------------------
type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
const ROOT = join(__dirname, "../../..");
function routeFiles(dir: string): { file: string; path: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return routeFiles(full);
    if (!/^route\.tsx?$/.test(e.name)) return [];
    const segments = relative(join(ROOT, "app"), dir)
      .split(sep)
      .map((s) => s.replace(/^\[([^\]]+)\]$/, "{$1}"));
    return [{ file: full, path: `/${segments.join("/")}` }];
  });
}
const handlers = new Map<string, Handler>();
for (const r of routeFiles(join(ROOT, "app/api/v1"))) {
  const mod = (await import(r.file)) as Record<string, unknown>;
  for (const m of ["GET", "POST", "PUT", "PATCH", "DELETE"]) {
    if (typeof mod[m] === "function") handlers.set(`${m.toLowerCase()} ${r.path}`, mod[m] as Handler);
  }
}
const OPERATIONS = API_OPERATIONS.filter((o) => o.path.startsWith("/api/v1/"));

type Case = { params: Record<string, string>; query: unknown; body: unknown };
const failures: string[] = [];
let cases = 0;
/** answers by status class, and how many answered 2xx after writing: proof the cases reach the services */
const statuses: Record<string, number> = {};
let wroteOnSuccess = 0;

async function runCase(op: ApiOperation, role: Role, c: Case) {
  const handler = handlers.get(`${op.method} ${op.path}`);
  if (!handler) throw new Error(`no handler for ${op.method} ${op.path}`);
  const headers: Record<string, string> = { "content-type": "application/json", ...signInAs(role) };
  let path = op.path;
  for (const [n, v] of Object.entries(c.params)) path = path.replace(`{${n}}`, encodeURIComponent(v));
  const body = c.body as { json?: unknown; raw?: string } | undefined;
  const text = body ? (body.raw ?? JSON.stringify(body.json) ?? "") : undefined;
  const request = new Request(`http://localhost${path}${toSearch(c.query)}`, {
    method: op.method.toUpperCase(),
    headers,
    body: op.method === "get" ? undefined : text,
  });
  const watch: Watch = { writes: [] };
  cases++;
  const res = await watching.run(watch, () => handler(request, { params: Promise.resolve(c.params) }));
  const answer = await res.text();
  const sent = `${path}${toSearch(c.query)}${text ?? ""}`;
  const where = `${op.method.toUpperCase()} ${op.path} as ${role} → ${res.status}`;
  const klass = `${String(res.status)[0]}xx`;
  statuses[klass] = (statuses[klass] ?? 0) + 1;
  if (res.status < 300 && watch.writes.length) wroteOnSuccess++;
  expect(res.status, `${where}: ${answer.slice(0, 300)}`).toBeLessThan(500);
  if (res.status >= 400) expect(watch.writes, `${where} wrote to the table`).toEqual([]);
  // B's ids the request did not carry (an echo of the caller's own input is no leak), and B's content
  for (const id of B_IDS) {
    if (answer.includes(id) && !sent.includes(id)) {
      throw new Error(`${where} answered building B's id ${id}: ${answer.slice(0, 300)}`);
    }
  }
  for (const marker of HIDDEN_FROM[role] ?? []) {
    if (answer.includes(marker)) throw new Error(`${where} answered "${marker}": ${answer.slice(0, 300)}`);
  }
  for (const marker of B_MARKERS) {
    if (answer.includes(marker))
      throw new Error(`${where} answered B's data "${marker}": ${answer.slice(0, 300)}`);
  }
  expect(({} as Record<string, unknown>).polluted, "Object.prototype was polluted").toBeUndefined();
  expect(({} as Record<string, unknown>).isAdmin, "Object.prototype was polluted").toBeUndefined();
}

/** per operation and caller; 12 keeps the file near a minute on CI (API_FUZZ_RUNS=100 for a longer hunt) */
const NUM_RUNS = Number(process.env.API_FUZZ_RUNS ?? 12);

describe("hostile input against every /api/v1 operation", () => {
  it("covers every documented operation with a route handler", () => {
    for (const op of OPERATIONS) expect(handlers.has(`${op.method} ${op.path}`), op.path).toBe(true);
    expect(OPERATIONS.length).toBeGreaterThan(40);
  });

  it("watches writes per case: one made inside a case is seen, one made outside is not", async () => {
    const watch: Watch = { writes: [] };
    await watching.run(watch, () => seedUnit(a.b, "fuzz-watch"));
    const seen = watch.writes.length;
    expect(seen).toBeGreaterThan(0);
    for (const w of watch.writes) expect(w.startsWith(`BLD#${a.b}`), w).toBe(true);
    await seedUnit(a.b, "fuzz-unwatched");
    expect(watch.writes).toHaveLength(seen);
  });

  it("never answers 5xx, never writes behind a refusal, never answers another building's id", async () => {
    const started = performance.now();
    for (const op of OPERATIONS) {
      const arb = caseArb(op);
      for (const role of ROLES) {
        try {
          await fc.assert(
            fc.asyncProperty(arb, (c) => runCase(op, role, c as Case)),
            { numRuns: NUM_RUNS, endOnFailure: true },
          );
        } catch (e) {
          const cause = (e as { cause?: unknown }).cause;
          const why = cause instanceof Error ? cause.message : String(cause ?? "");
          failures.push(
            `${op.method} ${op.path} as ${role}: ${why.slice(0, 600)}\n${String((e as Error).message)
              .split("\n")
              .slice(0, 3)
              .join(" ")
              .slice(0, 600)}`,
          );
        }
      }
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `api fuzz: ${cases} cases over ${OPERATIONS.length} operations × ${ROLES.length} callers, ${failures.length} failures (${seconds} s); answers ${JSON.stringify(statuses)}, ${wroteOnSuccess} successful writes`,
    );
    expect(failures).toEqual([]);
    // not vacuous: cases get past parsing and permission into services that write
    expect(statuses["2xx"]).toBeGreaterThan(cases / 20);
    expect(wroteOnSuccess).toBeGreaterThan(0);
  }, 240_000);
});
