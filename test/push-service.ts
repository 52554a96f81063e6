import { createECDH, createPublicKey, randomBytes, verify } from "node:crypto";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import ece from "http_ece";

/**
 * A local push service, as a browser vendor runs one (RFC 8030), for tests: an HTTPS server that receives the
 * app's pushes, checks each one the way a real push service does (a VAPID JWT signed ES256 by the key in `k`,
 * `aud` = this origin, `exp` in the future and at most 24 h away, RFC 8292), then decrypts the aes128gcm payload
 * with the private key and auth secret of the "browser" the test made (RFC 8291/8188) — which only the browser
 * holds, so a push that decrypts was encrypted for it. Not a double: the real protocol, end to end.
 *
 * Its certificate is self-signed for localhost (generated once with openssl, valid 100 years; test use only): the
 * app trusts it through `trustPushServiceCertificate`.
 */
export const PUSH_SERVICE_CERT = `-----BEGIN CERTIFICATE-----
MIIBnDCCAUGgAwIBAgIUeNm0WTEXy6WRRMhFuS+7LaFwX2IwCgYIKoZIzj0EAwIw
FDESMBAGA1UEAwwJbG9jYWxob3N0MCAXDTI2MTIwMzE3NDU1MFoYDzIxMjYxMTA5
MTc0NTUwWjAUMRIwEAYDVQQDDAlsb2NhbGhvc3QwWTATBgcqhkjOPQIBBggqhkjO
PQMBBwNCAASpLXhUDqpuGB0sOx+skYgtzFpdllyatjO9DI+ovGnn8NDX+Z1cKGqd
xFfhToGz5nqGKouaoP5IyX3TyVeudS9Oo28wbTAdBgNVHQ4EFgQUrXn4VHrJSr1F
VxwggWD08bPgpaUwHwYDVR0jBBgwFoAUrXn4VHrJSr1FVxwggWD08bPgpaUwDwYD
VR0TAQH/BAUwAwEB/zAaBgNVHREEEzARgglsb2NhbGhvc3SHBH8AAAEwCgYIKoZI
zj0EAwIDSQAwRgIhAMRhMNH9VQ9QqJStnXNzofUb5OxdCk4CqjfK4spct8SXAiEA
9dEPKXxxLr3MEp4PVeD4LWtUWYFI7LAAc5H+DTQ8dw4=
-----END CERTIFICATE-----
`;
const PUSH_SERVICE_KEY = `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgxTZ+CGN8FKoKCINh
rTiO2KkcJLUP42a199+CxG5gU0uhRANCAASpLXhUDqpuGB0sOx+skYgtzFpdllya
tjO9DI+ovGnn8NDX+Z1cKGqdxFfhToGz5nqGKouaoP5IyX3TyVeudS9O
-----END PRIVATE KEY-----
`;

export type VapidClaims = { aud: string; exp: number; sub: string };

/**
 * Checks an `Authorization: vapid t=<JWT>, k=<public key>` header: the JWT's ES256 signature under `k`, that `k`
 * is the expected application server key, `aud` and `exp`. Returns the claims or throws saying what is wrong.
 */
export function verifyVapid(
  authorization: string | undefined,
  expected: { origin: string; publicKey: string; now?: number },
): VapidClaims {
  const m = /^vapid t=([^,\s]+),\s*k=([A-Za-z0-9_-]+)$/.exec(authorization ?? "");
  if (!m) throw new Error(`not a vapid authorization: ${authorization}`);
  const [, jwt, k] = m;
  if (k !== expected.publicKey) throw new Error("k is not the application server key");
  const [h, p, s] = jwt.split(".");
  const header = JSON.parse(Buffer.from(h, "base64url").toString("utf8")) as { alg?: string; typ?: string };
  if (header.alg !== "ES256") throw new Error(`alg ${header.alg}`);
  const point = Buffer.from(k, "base64url");
  if (point.length !== 65 || point[0] !== 4) throw new Error("k is not an uncompressed P-256 point");
  const key = createPublicKey({
    key: {
      kty: "EC",
      crv: "P-256",
      x: point.subarray(1, 33).toString("base64url"),
      y: point.subarray(33).toString("base64url"),
    },
    format: "jwk",
  });
  const ok = verify(
    "sha256",
    Buffer.from(`${h}.${p}`),
    { key, dsaEncoding: "ieee-p1363" },
    Buffer.from(s, "base64url"),
  );
  if (!ok) throw new Error("bad signature");
  const claims = JSON.parse(Buffer.from(p, "base64url").toString("utf8")) as VapidClaims;
  const now = Math.floor((expected.now ?? Date.now()) / 1000);
  if (claims.aud !== expected.origin) throw new Error(`aud ${claims.aud} is not ${expected.origin}`);
  if (!(claims.exp > now)) throw new Error("expired");
  if (claims.exp > now + 24 * 3600 + 60) throw new Error("exp more than 24 h away");
  if (!/^(mailto:|https:)/.test(claims.sub ?? "")) throw new Error(`sub ${claims.sub}`);
  return claims;
}

/** A browser's side of a subscription: its key pair and auth secret, and what it gives the app. */
export type TestBrowser = {
  path: string;
  subscription: { endpoint: string; keys: { p256dh: string; auth: string } };
};

export type ReceivedPush = {
  path: string;
  claims: VapidClaims;
  ttl: string | undefined;
  urgency: string | undefined;
  payload: Record<string, unknown>;
};

export type PushService = {
  origin: string;
  /** pushes that passed every check and decrypted */
  received: ReceivedPush[];
  /** requests refused, with why (a test expects none) */
  refused: { path: string; reason: string }[];
  /** a new browser subscribed at this service */
  browser(name: string): TestBrowser;
  /** the status this browser's endpoint answers from now on (410: unsubscribed) */
  answer(path: string, status: number): void;
  close(): Promise<void>;
};

export async function startPushService(opts: { publicKey: string }): Promise<PushService> {
  const browsers = new Map<string, { ecdh: ReturnType<typeof createECDH>; auth: string }>();
  const statuses = new Map<string, number>();
  const received: ReceivedPush[] = [];
  const refused: { path: string; reason: string }[] = [];
  let origin = "";
  const server: Server = createServer({ cert: PUSH_SERVICE_CERT, key: PUSH_SERVICE_KEY }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const path = req.url ?? "";
      const status = statuses.get(path);
      if (status) {
        res.writeHead(status).end();
        return;
      }
      try {
        const b = browsers.get(path);
        if (!b) throw new Error("unknown subscription");
        if (req.method !== "POST") throw new Error(`method ${req.method}`);
        if (req.headers["content-encoding"] !== "aes128gcm")
          throw new Error(`content-encoding ${req.headers["content-encoding"]}`);
        if (!req.headers.ttl) throw new Error("no TTL header");
        const claims = verifyVapid(req.headers.authorization, { origin, publicKey: opts.publicKey });
        const plain = ece.decrypt(Buffer.concat(chunks), {
          version: "aes128gcm",
          privateKey: b.ecdh,
          authSecret: b.auth,
        });
        received.push({
          path,
          claims,
          ttl: req.headers.ttl as string,
          urgency: req.headers.urgency as string | undefined,
          payload: JSON.parse(plain.toString("utf8")),
        });
        res.writeHead(201).end();
      } catch (e) {
        refused.push({ path, reason: e instanceof Error ? e.message : String(e) });
        res.writeHead(400).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `https://localhost:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    received,
    refused,
    browser(name) {
      const ecdh = createECDH("prime256v1");
      ecdh.generateKeys();
      const auth = randomBytes(16).toString("base64url");
      const path = `/push/${name}-${randomBytes(6).toString("hex")}`;
      browsers.set(path, { ecdh, auth });
      return {
        path,
        subscription: {
          endpoint: `${origin}${path}`,
          keys: { p256dh: ecdh.getPublicKey().toString("base64url"), auth },
        },
      };
    },
    answer(path, status) {
      statuses.set(path, status);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
