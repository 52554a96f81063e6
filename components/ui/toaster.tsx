"use client";

import { type CSSProperties, useEffect, useState } from "react";
import { loadSonner, onSonnerLoaded } from "./toast";

/**
 * sonner's rich colours put mid-tone text on pale fills (about 4.2:1, under WCAG's 4.5:1); the -800 shades of
 * Tailwind's palette (as the badges use) keep the same look with enough contrast.
 */
const READABLE_COLORS = {
  "--success-text": "#065f46",
  "--info-text": "#075985",
  "--warning-text": "#92400e",
  "--error-text": "#991b1b",
} as CSSProperties;

/** What makes a toast likely soon: the person doing something on the page. */
const INTERACTIONS = ["pointerdown", "keydown", "focusin"] as const;

/**
 * Toasts for the whole app (sonner announces them in a polite live region). Sonner is not part of the page's
 * first download (see ./toast.ts): it is fetched on the first interaction, so its live region is in place
 * before the answer to that interaction arrives.
 */
export function Toaster() {
  const [sonner, setSonner] = useState<typeof import("sonner") | null>(null);
  useEffect(() => {
    const load = () => void loadSonner();
    for (const type of INTERACTIONS) document.addEventListener(type, load, { once: true, passive: true });
    const stop = onSonnerLoaded(setSonner);
    return () => {
      stop();
      for (const type of INTERACTIONS) document.removeEventListener(type, load);
    };
  }, []);
  if (!sonner) return null;
  const Sonner = sonner.Toaster;
  return <Sonner position="top-center" richColors closeButton style={READABLE_COLORS} />;
}
