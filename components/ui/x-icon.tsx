import { lucideSvg } from "./lucide-svg";

/**
 * lucide's "x" for client components (the dialog's close button, a photo's remove button), drawn without
 * lucide-react's client runtime (lucide-svg.tsx); server components take it from server-icons.tsx.
 * server-icons.test.ts compares the drawing with the installed lucide-react.
 */
export const X = lucideSvg("x", [
  ["path", { d: "M18 6 6 18" }],
  ["path", { d: "m6 6 12 12" }],
]);
