import { lucideSvg } from "./lucide-svg";

/**
 * Alert's info and warning icons (its success and danger ones are form-icons.tsx's), apart from the form
 * controls' so that a form whose messages load on demand does not carry them (booking-form.tsx). The drawings
 * are lucide's (lucide-react 1.77.0, ISC licence); server-icons.test.ts compares each with the installed package.
 */
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
