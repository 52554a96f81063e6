/**
 * `toast.success(message)` and friends without sonner in the page's first download: sonner (and its styles) is
 * fetched when the person first interacts with the page (a toast only ever follows something they did) or, at
 * the latest, by the first toast itself. Sonner hands toasts created before its <Toaster> subscribed to it when
 * it does, so nothing is lost while it loads.
 */
type Kind = "success" | "error" | "warning";
type Sonner = typeof import("sonner");

let loading: Promise<Sonner> | null = null;
const listeners = new Set<(sonner: Sonner) => void>();

/** Loads sonner once and tells the <Toaster> (components/ui/toaster.tsx) to mount. */
export function loadSonner(): Promise<Sonner> {
  loading ??= import("sonner").then((sonner) => {
    for (const listener of listeners) listener(sonner);
    return sonner;
  });
  return loading;
}

/** Called with sonner once it is loaded (at once if it already is). Returns the unsubscribe. */
export function onSonnerLoaded(listener: (sonner: Sonner) => void): () => void {
  listeners.add(listener);
  void loading?.then(listener);
  return () => listeners.delete(listener);
}

const show = (kind: Kind) => (message: string) => {
  void loadSonner().then((sonner) => sonner.toast[kind](message));
};

export const toast = { success: show("success"), error: show("error"), warning: show("warning") };
