import type { ReactNode } from "react";

/**
 * A decorative 24×24 icon in lucide's style (2 px round strokes in the text colour) for the few icons the form
 * primitives draw themselves, so that a form carries no icon library: Spinner's arc, FieldErrors' alert circle,
 * Select's chevron. Icons drawn by server components use lucideSvg (lucide-svg.tsx).
 */
export function StrokeIcon({ className, children }: { className: string; children: ReactNode }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      className={className}
    >
      {children}
    </svg>
  );
}
