/**
 * Signing in over HTTP as any client can (SPEC "Sign-in"): GET /api/auth/csrf, then POST the credentials form to
 * /api/auth/callback/credentials. Returns the Cookie header that carries the session.
 */
function mergeCookies(jar: Map<string, string>, res: Response): void {
  for (const line of res.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const eq = pair.indexOf("=");
    if (eq > 0) jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
  }
}

const header = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

export async function signIn(base: string, email: string, password: string): Promise<string> {
  return authCallback(base, "credentials", { email, password }, email);
}

/** A guest's session, as a check-in link gives it (the `checkin` provider takes the link's token). */
export async function guestSignIn(base: string, token: string): Promise<string> {
  return authCallback(base, "checkin", { token }, "the check-in link's guest");
}

async function authCallback(
  base: string,
  provider: string,
  fields: Record<string, string>,
  who: string,
): Promise<string> {
  const jar = new Map<string, string>();
  const csrf = await fetch(`${base}/api/auth/csrf`);
  mergeCookies(jar, csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/${provider}`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: header(jar) },
    body: new URLSearchParams({ ...fields, csrfToken, callbackUrl: `${base}/` }),
  });
  await res.arrayBuffer();
  mergeCookies(jar, res);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) {
    throw new Error(`sign-in as ${who} failed (${res.status} ${res.headers.get("location") ?? ""})`);
  }
  return header(jar);
}

export type Timing = {
  totalMs: number;
  ttfbMs: number;
  serverMs: number | null;
  status: number;
  bytes: number;
};

/** Total of `Server-Timing` durations when the response carries any (`dur=`), else null. */
function serverTiming(res: Response): number | null {
  const h = res.headers.get("server-timing");
  if (!h) return null;
  const durs = [...h.matchAll(/dur=([\d.]+)/g)].map((m) => Number(m[1]));
  return durs.length ? durs.reduce((a, b) => a + b, 0) : null;
}

/** One GET, timed from the request to the last byte of the body (the page is streamed), without following redirects. */
export async function timedGet(url: string, cookie?: string): Promise<Timing & { body: string }> {
  const t0 = performance.now();
  const res = await fetch(url, { redirect: "manual", headers: cookie ? { cookie } : {} });
  const ttfbMs = performance.now() - t0;
  const body = await res.text();
  const totalMs = performance.now() - t0;
  return { totalMs, ttfbMs, serverMs: serverTiming(res), status: res.status, bytes: body.length, body };
}
