import "server-only";
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import https from "node:https";
import type { LookupFunction } from "node:net";
import webpush from "web-push";
import { isAddressLiteral, isPublicAddress } from "@/lib/public-address";
import { config } from "../config";
import { vapid } from "./vapid";

/** Where a browser receives pushes: the endpoint its push service gave, and its P-256 key and auth secret. */
export type PushTarget = { endpoint: string; keys: { p256dh: string; auth: string } };

/**
 * How one push went: `sent` (the push service took it), `gone` (404/410: the browser unsubscribed or the
 * subscription expired; delete it), `failed` (anything else: kept, tried again next time), `off` (no VAPID pair).
 */
export type PushOutcome = { outcome: "sent" | "gone" | "failed" | "off"; status?: number; error?: string };

const TIMEOUT_MS = 10_000;

class AddressRefused extends Error {
  override name = "AddressRefused";
}

/** Resolves the push service's host inside the socket's own lookup and refuses non-public answers (SSRF). */
const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, "", 0);
    const list = addresses as unknown as LookupAddress[];
    const bad = config().PUSH_ALLOW_PRIVATE ? undefined : list.find((a) => !isPublicAddress(a.address));
    if (bad || list.length === 0) return callback(new AddressRefused("not a public address"), "", 0);
    if ((options as { all?: boolean }).all)
      return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
    return callback(null, list[0].address, list[0].family);
  });
};

let trustedCa: string | undefined;
let agent: https.Agent | undefined;

/**
 * Trust one more certificate authority for push services. Only the test's local push service needs it (its
 * certificate is self-signed); real push services (FCM, Mozilla, Apple) have public certificates.
 */
export function trustPushServiceCertificate(ca: string | undefined): void {
  trustedCa = ca;
  agent?.destroy();
  agent = undefined;
}

function pushAgent(): https.Agent {
  agent ??= new https.Agent({
    keepAlive: true,
    maxSockets: 50,
    lookup: guardedLookup,
    ...(trustedCa ? { ca: trustedCa } : {}),
  });
  return agent;
}

/** An endpoint we may post to: https, no credentials, and (unless allowed) not an address literal that is private. */
export function pushEndpointAllowed(endpoint: string): boolean {
  let u: URL;
  try {
    u = new URL(endpoint);
  } catch {
    return false;
  }
  if (u.protocol !== "https:" || u.username || u.password) return false;
  const host = u.hostname.replace(/^\[|\]$/g, "");
  return config().PUSH_ALLOW_PRIVATE || !isAddressLiteral(host) || isPublicAddress(host);
}

/**
 * Sends one encrypted push (RFC 8291 aes128gcm, VAPID-signed per RFC 8292) through the `web-push` library.
 * Never throws: the outcome says what happened. `ttlSeconds` is how long the push service keeps it for an
 * offline device; `topic` replaces an undelivered push with the same topic.
 */
export async function sendWebPush(
  target: PushTarget,
  payload: string,
  opts: { ttlSeconds?: number; urgency?: "normal" | "high"; topic?: string } = {},
): Promise<PushOutcome> {
  const identity = vapid();
  if (!identity) return { outcome: "off" };
  if (!pushEndpointAllowed(target.endpoint)) return { outcome: "failed", error: "endpoint not allowed" };
  try {
    const res = await webpush.sendNotification(target, payload, {
      vapidDetails: identity,
      TTL: opts.ttlSeconds ?? 24 * 3600,
      urgency: opts.urgency ?? "normal",
      ...(opts.topic ? { topic: opts.topic } : {}),
      contentEncoding: "aes128gcm",
      timeout: TIMEOUT_MS,
      agent: pushAgent(),
    });
    return { outcome: "sent", status: res.statusCode };
  } catch (e) {
    if (e instanceof webpush.WebPushError) {
      const gone = e.statusCode === 404 || e.statusCode === 410;
      return { outcome: gone ? "gone" : "failed", status: e.statusCode, error: `HTTP ${e.statusCode}` };
    }
    return { outcome: "failed", error: e instanceof Error ? e.message : String(e) };
  }
}
