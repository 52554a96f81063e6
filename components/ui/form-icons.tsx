import { lucideSvg } from "./lucide-svg";

/**
 * The icons of form controls and field errors (FieldErrors, Select, a form's submit button), drawn by server and
 * client components alike without lucide-react's client runtime (lucide-svg.tsx); alert-icons.tsx has the rest
 * of Alert's. The drawings are lucide's (lucide-react 1.77.0, ISC licence); server-icons.test.ts compares each
 * with the installed package.
 */
export const CircleAlert = lucideSvg("circle-alert", [
  ["circle", { cx: "12", cy: "12", r: "10" }],
  ["line", { x1: "12", x2: "12", y1: "8", y2: "12" }],
  ["line", { x1: "12", x2: "12.01", y1: "16", y2: "16" }],
]);
export const CircleCheck = lucideSvg("circle-check", [
  ["circle", { cx: "12", cy: "12", r: "10" }],
  ["path", { d: "m16 9-5.5 5.5L8 12" }],
]);
export const ChevronDown = lucideSvg("chevron-down", [["path", { d: "m6 9 6 6 6-6" }]]);
