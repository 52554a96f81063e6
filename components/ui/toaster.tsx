"use client";

import type { CSSProperties } from "react";
import { Toaster as Sonner } from "sonner";

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

/** Toasts for the whole app (sonner announces them in a polite live region). */
export function Toaster() {
  return <Sonner position="top-center" richColors closeButton style={READABLE_COLORS} />;
}
