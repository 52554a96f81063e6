import { lucideSvg } from "@/components/ui/lucide-svg";

/**
 * The photo picker's icons, drawn without lucide-react's client runtime (lucide-svg.tsx): the picker is on the
 * guest's page, which otherwise loads none of it. Its remove button's "x" is components/ui/x-icon.tsx. The
 * drawings are lucide's (lucide-react 1.77.0, ISC licence); components/ui/server-icons.test.ts compares them.
 */
export const Camera = lucideSvg("camera", [
  [
    "path",
    {
      d: "M13.997 4a2 2 0 0 1 1.76 1.05l.486.9A2 2 0 0 0 18.003 7H20a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V9a2 2 0 0 1 2-2h1.997a2 2 0 0 0 1.759-1.048l.489-.904A2 2 0 0 1 10.004 4z",
    },
  ],
  ["circle", { cx: "12", cy: "13", r: "3" }],
]);
export const ImagePlus = lucideSvg("image-plus", [
  ["path", { d: "M16 5h6" }],
  ["path", { d: "M19 2v6" }],
  ["path", { d: "M21 11.5V19a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h7.5" }],
  ["path", { d: "m21 15-3.086-3.086a2 2 0 0 0-2.828 0L6 21" }],
  ["circle", { cx: "9", cy: "9", r: "2" }],
]);
export const RotateCw = lucideSvg("rotate-cw", [
  ["path", { d: "M21 12a9 9 0 1 1-9-9c2.52 0 4.93 1 6.74 2.74L21 8" }],
  ["path", { d: "M21 3v5h-5" }],
]);
