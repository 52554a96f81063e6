/*
 * BuildingOS service worker: keeps a guest's stay page (/stay) readable offline, and shows web push notifications.
 *
 * Hand-written rather than built with @serwist/next: that package is a webpack plugin and `next build` runs
 * Turbopack here, which it does not support (it says so itself and points at packages not installed here).
 * The policy is small enough to read in one sitting:
 *
 * - It is registered with scope "/stay", so it controls the stay page only: portal pages are never controlled,
 *   let alone cached.
 * - Navigations to /stay are network-first. A page that carries the private-stay marker (rendered only for a
 *   signed-in guest during their stay) replaces the cached copy; any other answer (signed out, link revoked,
 *   stay over) deletes the cache, so the private copy is gone after the next online visit.
 * - Without a network (or on a server error) the cached copy is served, until the end the page itself gave
 *   (data-offline-stay-until: when the check-in link expires); after that the copy is deleted, never served.
 * - Static assets (/_next/static) that the stay page loads are network-first too, kept in their own cache.
 * - The page can ask to warm the cache (its first visit is not yet controlled), to forget it, and whether
 *   its own navigation was answered from the cache.
 * - Push (components/notifications/push-toggle.tsx subscribes this same registration; a push reaches the worker
 *   whatever its scope): each push is a JSON notice `{id, kind, title, body, link}`, shown as a notification;
 *   clicking it focuses a window already on that page or opens one. Only same-origin links are opened. When the
 *   browser renews a subscription, the new one is sent to the app (the old one answers 410 and is dropped there).
 */
const PAGE_CACHE = "buildingos-stay-page-v1";
const ASSET_CACHE = "buildingos-stay-assets-v1";
const STAY_PATH = "/stay";
const MARKER = /data-offline-stay-until="([^"]+)"/;

/** The clients (pages) whose navigation was answered from the cache. */
const servedFromCache = new Set();

self.addEventListener("install", () => {
  self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(self.clients.claim());
});

const sameOrigin = (url) => url.origin === self.location.origin;
const isStay = (url) => sameOrigin(url) && url.pathname === STAY_PATH;
const isStaticAsset = (url) => sameOrigin(url) && url.pathname.startsWith("/_next/static/");

async function forget() {
  await Promise.all([caches.delete(PAGE_CACHE), caches.delete(ASSET_CACHE)]);
}

/** Keeps the page if it is a guest's private stay view; otherwise drops whatever was kept. */
async function keepStay(response) {
  if (response.status !== 200 || response.type === "opaqueredirect") return forget();
  const html = await response.clone().text();
  const until = html.match(MARKER)?.[1];
  if (!until || !(Date.parse(until) > Date.now())) return forget();
  const headers = new Headers(response.headers);
  headers.set("x-offline-until", until);
  const cache = await caches.open(PAGE_CACHE);
  await cache.put(STAY_PATH, new Response(html, { status: 200, headers }));
}

/** The kept page, unless its stay has ended (then it is deleted). */
async function keptStay() {
  const cache = await caches.open(PAGE_CACHE);
  const kept = await cache.match(STAY_PATH);
  if (!kept) return null;
  const until = Date.parse(kept.headers.get("x-offline-until") ?? "");
  if (!(until > Date.now())) {
    await forget();
    return null;
  }
  return kept;
}

async function stayNavigation(event) {
  try {
    const response = await fetch(event.request);
    if (response.status < 500) {
      servedFromCache.delete(event.resultingClientId);
      event.waitUntil(keepStay(response));
      return response;
    }
    const kept = await keptStay();
    if (!kept) return response;
    servedFromCache.add(event.resultingClientId);
    return kept;
  } catch (error) {
    const kept = await keptStay();
    if (!kept) throw error;
    servedFromCache.add(event.resultingClientId);
    return kept;
  }
}

async function putAsset(request, response) {
  if (!response.ok || response.type !== "basic") return;
  const cache = await caches.open(ASSET_CACHE);
  await cache.put(request, response);
}

async function staticAsset(event) {
  try {
    const response = await fetch(event.request);
    event.waitUntil(putAsset(event.request, response.clone()));
    return response;
  } catch (error) {
    const kept = await caches.match(event.request, { cacheName: ASSET_CACHE });
    if (!kept) throw error;
    return kept;
  }
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (request.mode === "navigate" && isStay(url)) event.respondWith(stayNavigation(event));
  else if (isStaticAsset(url)) event.respondWith(staticAsset(event));
  // everything else (the page's server actions and data requests, the API) goes to the network untouched
});

/** The first visit was not controlled yet: fetch the page again and the assets it loaded. */
async function warm(assets) {
  const page = await fetch(STAY_PATH, { credentials: "same-origin" });
  await keepStay(page);
  const wanted = (Array.isArray(assets) ? assets : [])
    .map((a) => new URL(a, self.location.origin))
    .filter(isStaticAsset)
    .slice(0, 100);
  await Promise.all(
    wanted.map((url) =>
      fetch(url)
        .then((r) => putAsset(url, r))
        .catch(() => undefined),
    ),
  );
}

self.addEventListener("message", (event) => {
  const data = event.data ?? {};
  if (data.type === "warm-stay") {
    const done = warm(data.assets).then(
      () => event.ports[0]?.postMessage({ warmed: true }),
      () => event.ports[0]?.postMessage({ warmed: false }),
    );
    event.waitUntil(done);
  } else if (data.type === "forget-stay") event.waitUntil(forget());
  else if (data.type === "stay-source") {
    const fromCache = event.source ? servedFromCache.has(event.source.id) : false;
    event.ports[0]?.postMessage({ fromCache });
  }
});

/** A link of ours only: a path on this origin (anything else opens the home page). */
function safeLink(link) {
  try {
    const url = new URL(typeof link === "string" ? link : "/", self.location.origin);
    return url.origin === self.location.origin ? url.href : new URL("/", self.location.origin).href;
  } catch {
    return new URL("/", self.location.origin).href;
  }
}

self.addEventListener("push", (event) => {
  let notice = {};
  try {
    notice = event.data ? event.data.json() : {};
  } catch {
    notice = { body: event.data ? event.data.text() : "" };
  }
  const title = typeof notice.title === "string" && notice.title ? notice.title : "BuildingOS";
  event.waitUntil(
    self.registration.showNotification(title, {
      body: typeof notice.body === "string" ? notice.body : "",
      tag: typeof notice.id === "string" ? notice.id : undefined,
      icon: "/icons/icon-192.png",
      badge: "/icons/icon-192.png",
      data: { link: safeLink(notice.link) },
    }),
  );
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const target = safeLink(event.notification.data?.link);
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
      const open = windows.find((w) => w.url === target);
      if (open) return open.focus();
      return self.clients.openWindow(target);
    })(),
  );
});

self.addEventListener("pushsubscriptionchange", (event) => {
  const renew = async () => {
    const key = event.oldSubscription?.options?.applicationServerKey;
    const subscription =
      event.newSubscription ??
      (key
        ? await self.registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key })
        : null);
    if (!subscription) return;
    await fetch("/api/v1/notifications/push/subscriptions", {
      method: "POST",
      credentials: "same-origin",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ...subscription.toJSON(), label: "Renewed subscription" }),
    });
  };
  event.waitUntil(renew().catch(() => undefined));
});
