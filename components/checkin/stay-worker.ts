/**
 * The browser side of the stay page's service worker (public/sw.js): register it for /stay only, warm its cache
 * on the first (uncontrolled) visit, ask whether this page came from the cache, and forget the saved copy.
 */
export const STAY_CACHES = ["buildingos-stay-page-v1", "buildingos-stay-assets-v1"] as const;

function ask<T>(worker: ServiceWorker, message: object, timeoutMs = 10_000): Promise<T | null> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => resolve(null), timeoutMs);
    channel.port1.onmessage = (event) => {
      clearTimeout(timer);
      resolve(event.data as T);
    };
    worker.postMessage(message, [channel.port2]);
  });
}

/** The assets this page loaded from /_next/static, to keep for offline use. */
function loadedAssets(): string[] {
  return performance
    .getEntriesByType("resource")
    .map((e) => e.name)
    .filter((name) => {
      const url = new URL(name, location.origin);
      return url.origin === location.origin && url.pathname.startsWith("/_next/static/");
    });
}

/** The registration's worker once it is active (a fresh one installs and activates first). */
export function activeWorker(registration: ServiceWorkerRegistration): Promise<ServiceWorker | null> {
  if (registration.active) return Promise.resolve(registration.active);
  const pending = registration.installing ?? registration.waiting;
  if (!pending) return Promise.resolve(null);
  if (pending.state === "activated") return Promise.resolve(pending);
  return new Promise((resolve) => {
    pending.addEventListener("statechange", () => {
      if (pending.state === "activated") resolve(pending);
      else if (pending.state === "redundant") resolve(registration.active);
    });
  });
}

export type StayWorkerState = { fromCache: boolean; saved: boolean };

/** Registers the worker and makes sure the page is saved; says whether this page was served from the cache. */
export async function keepStayOffline(): Promise<StayWorkerState> {
  if (!("serviceWorker" in navigator) || !("caches" in window)) return { fromCache: false, saved: false };
  const controller = navigator.serviceWorker.controller;
  if (controller) {
    const answer = await ask<{ fromCache: boolean }>(controller, { type: "stay-source" }, 3_000);
    return { fromCache: answer?.fromCache ?? false, saved: true };
  }
  const registration = await navigator.serviceWorker.register("/sw.js", { scope: "/stay" });
  // not `navigator.serviceWorker.ready`: a page reached by client-side navigation (from the check-in link) was
  // created outside the worker's scope, and `ready` never resolves for it
  const worker = await activeWorker(registration);
  if (!worker || !navigator.onLine) return { fromCache: false, saved: false };
  const warmed = await ask<{ warmed: boolean }>(worker, {
    type: "warm-stay",
    assets: loadedAssets(),
  });
  return { fromCache: false, saved: warmed?.warmed ?? false };
}

/** Deletes the saved stay (signed out, link revoked, stay over): from the page itself, no worker needed. */
export async function forgetOfflineStay(): Promise<void> {
  if (!("caches" in window)) return;
  await Promise.all(STAY_CACHES.map((name) => caches.delete(name)));
}
