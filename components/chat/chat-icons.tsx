import { lucideSvg } from "@/components/ui/lucide-svg";

/**
 * The chat's icons (the composer, the retry button, a cited source), drawn without lucide-react's client runtime
 * (lucide-svg.tsx): the guest's page has the chat's stand-in and its rendered history, and loads none of it. The
 * drawings are lucide's (lucide-react 1.77.0, ISC licence); components/ui/server-icons.test.ts compares them.
 */
export const RotateCcw = lucideSvg("rotate-ccw", [
  ["path", { d: "M3 12a9 9 0 1 0 9-9 9.75 9.75 0 0 0-6.74 2.74L3 8" }],
  ["path", { d: "M3 3v5h5" }],
]);
export const Send = lucideSvg("send", [
  [
    "path",
    {
      d: "M14.536 21.686a.5.5 0 0 0 .937-.024l6.5-19a.496.496 0 0 0-.635-.635l-19 6.5a.5.5 0 0 0-.024.937l7.93 3.18a2 2 0 0 1 1.112 1.11z",
    },
  ],
  ["path", { d: "m21.854 2.147-10.94 10.939" }],
]);
export const Square = lucideSvg("square", [["rect", { width: "18", height: "18", x: "3", y: "3", rx: "2" }]]);
export const FileText = lucideSvg("file-text", [
  [
    "path",
    {
      d: "M6 22a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2h8a2.4 2.4 0 0 1 1.704.706l3.588 3.588A2.4 2.4 0 0 1 20 8v12a2 2 0 0 1-2 2z",
    },
  ],
  ["path", { d: "M14 2v5a1 1 0 0 0 1 1h5" }],
  ["path", { d: "M10 9H8" }],
  ["path", { d: "M16 13H8" }],
  ["path", { d: "M16 17H8" }],
]);
