import "server-only";
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";
import { AppError } from "@/lib/errors";
import { isPublicAddress } from "@/lib/public-address";
import { config } from "../../config";

/** What a fetch gives back: the body of a 200 with its validators, or "not modified" for a 304. */
export type FeedFetch =
  | { notModified: true }
  | { notModified: false; text: string; etag: string | null; lastModified: string | null };

/** Why a feed could not be read: the code is shown to staff beside the feed (never a stack). */
export class FeedFetchError extends Error {
  constructor(
    readonly code: "address" | "timeout" | "too_large" | "http" | "network" | "redirects",
    message: string,
  ) {
    super(message);
    this.name = "FeedFetchError";
  }
}

const MAX_REDIRECTS = 3;

/**
 * Resolves the host and refuses any non-public answer, inside the socket's own lookup: the address checked is
 * the address connected to, so a name that resolves differently a second time (DNS rebinding) gains nothing.
 */
const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, "", 0);
    const list = addresses as unknown as LookupAddress[];
    const bad = config().CHANNEL_FEEDS_ALLOW_PRIVATE
      ? undefined
      : list.find((a) => !isPublicAddress(a.address));
    if (bad || list.length === 0) {
      return callback(new FeedFetchError("address", "The feed's host is not a public address."), "", 0);
    }
    if ((options as { all?: boolean }).all)
      return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
    return callback(null, list[0].address, list[0].family);
  });
};

/** Checks a feed URL before it is stored: http(s), and a host that resolves to public addresses only. */
export async function assertFeedUrlAllowed(url: string): Promise<void> {
  const u = new URL(url);
  if (u.protocol !== "http:" && u.protocol !== "https:")
    throw new AppError("validation", "Use an http(s) URL", { fields: { url: ["Use an http(s) URL"] } });
  if (u.username || u.password) {
    throw new AppError("validation", "The URL must not hold a user name or password.", {
      fields: { url: ["The URL must not hold a user name or password."] },
    });
  }
  if (config().CHANNEL_FEEDS_ALLOW_PRIVATE) return;
  const host = u.hostname.replace(/^\[|\]$/g, "");
  const addresses = ipaddr.isValid(host)
    ? [host]
    : await new Promise<string[]>((resolve) =>
        dnsLookup(host, { all: true }, (err, list) => resolve(err ? [] : list.map((a) => a.address))),
      );
  if (addresses.length === 0 || !addresses.every(isPublicAddress)) {
    const message = "The feed's host must be a public internet address.";
    throw new AppError("validation", message, { fields: { url: [message] } });
  }
}

function getOnce(url: URL, headers: Record<string, string>, timeoutMs: number, maxBytes: number) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>(
    (resolve, reject) => {
      const client = url.protocol === "https:" ? https : http;
      const req = client.get(url, { headers, lookup: guardedLookup, timeout: timeoutMs }, (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (c: Buffer) => {
          size += c.length;
          if (size > maxBytes) {
            req.destroy(new FeedFetchError("too_large", `The feed is larger than ${maxBytes} bytes.`));
            return;
          }
          chunks.push(c);
        });
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
        res.on("error", reject);
      });
      // the whole exchange, not just socket idleness, is bounded
      const timer = setTimeout(
        () => req.destroy(new FeedFetchError("timeout", `The feed did not answer within ${timeoutMs} ms.`)),
        timeoutMs,
      );
      req.on("timeout", () =>
        req.destroy(new FeedFetchError("timeout", `The feed did not answer within ${timeoutMs} ms.`)),
      );
      req.on("close", () => clearTimeout(timer));
      req.on("error", (e) => {
        clearTimeout(timer);
        reject(
          e instanceof FeedFetchError ? e : new FeedFetchError("network", "The feed could not be reached."),
        );
      });
    },
  );
}

/**
 * Fetches a channel feed: GET with If-None-Match / If-Modified-Since from the last success, a time limit and a
 * size cap, public addresses only (checked on every connection, redirects included, at most three).
 */
export async function fetchFeed(
  url: string,
  validators: { etag: string | null; lastModified: string | null },
): Promise<FeedFetch> {
  const c = config();
  const headers: Record<string, string> = {
    accept: "text/calendar, text/plain;q=0.8, */*;q=0.5",
    "user-agent": "BuildingOS channel sync",
  };
  if (validators.etag) headers["if-none-match"] = validators.etag;
  if (validators.lastModified) headers["if-modified-since"] = validators.lastModified;
  let target = new URL(url);
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    if (target.protocol !== "http:" && target.protocol !== "https:")
      throw new FeedFetchError("address", "The feed redirected to a non-http(s) URL.");
    // an address literal never goes through the lookup: check it here
    const literal = target.hostname.replace(/^\[|\]$/g, "");
    if (ipaddr.isValid(literal) && !c.CHANNEL_FEEDS_ALLOW_PRIVATE && !isPublicAddress(literal))
      throw new FeedFetchError("address", "The feed's host is not a public address.");
    const res = await getOnce(target, headers, c.CHANNEL_FEEDS_TIMEOUT_MS, c.CHANNEL_FEEDS_MAX_BYTES);
    if (res.status === 304) return { notModified: true };
    if ([301, 302, 303, 307, 308].includes(res.status) && res.headers.location) {
      target = new URL(res.headers.location, target);
      continue;
    }
    if (res.status !== 200) throw new FeedFetchError("http", `The channel answered HTTP ${res.status}.`);
    const etag = res.headers.etag ?? null;
    const lastModified = res.headers["last-modified"] ?? null;
    return { notModified: false, text: res.body, etag, lastModified };
  }
  throw new FeedFetchError("redirects", `The feed redirected more than ${MAX_REDIRECTS} times.`);
}
