import { lucideSvg } from "./lucide-svg";

/**
 * Alert's icons, one per tone, drawn by server and client components alike without lucide-react's client runtime
 * (lucide-svg.tsx). The drawings are lucide's (lucide-react 1.77.0, ISC licence); server-icons.test.ts compares
 * each with the installed package.
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
export const Info = lucideSvg("info", [
  ["circle", { cx: "12", cy: "12", r: "10" }],
  ["path", { d: "M12 16v-4" }],
  ["path", { d: "M12 8h.01" }],
]);
export const TriangleAlert = lucideSvg("triangle-alert", [
  ["path", { d: "m21.73 18-8-14a2 2 0 0 0-3.48 0l-8 14A2 2 0 0 0 4 21h16a2 2 0 0 0 1.73-3" }],
  ["path", { d: "M12 9v4" }],
  ["path", { d: "M12 17h.01" }],
]);
