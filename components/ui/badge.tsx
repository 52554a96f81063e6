import type { ComponentProps } from "react";

/**
 * Tones of a badge. The classes are in app/globals.css (`.badge`, `.badge-<tone>`), not utility strings: a
 * badge stands in every row of a table, and its ~150 characters of utilities were written twice per row (HTML
 * and RSC payload; issue 19). Text is the -800 shade on the -50 fill: above 4.5:1 for every tone.
 */
const TONES = {
  neutral: "badge badge-neutral",
  success: "badge badge-success",
  warning: "badge badge-warning",
  danger: "badge badge-danger",
  info: "badge badge-info",
  brand: "badge badge-brand",
} as const;

export type BadgeTone = keyof typeof TONES;

export type BadgeProps = ComponentProps<"span"> & { tone?: BadgeTone | null };

/**
 * A short status label. Its text must carry the meaning: color only reinforces it. Utilities in `className`
 * override the badge's own (they are in a later cascade layer).
 */
export function Badge({ className, tone, ...props }: BadgeProps) {
  const base = TONES[tone ?? "neutral"];
  return <span className={className ? `${base} ${className}` : base} {...props} />;
}
