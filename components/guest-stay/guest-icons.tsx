import { lucideSvg } from "@/components/ui/lucide-svg";

/**
 * The guest pages' client-side icons (the doors, the problem report, the ID upload), drawn without lucide-react's
 * client runtime (lucide-svg.tsx), so the guest's page loads none of it. The drawings are lucide's (lucide-react
 * 1.77.0, ISC licence); components/ui/server-icons.test.ts compares each with the installed package.
 */
export const DoorOpen = lucideSvg("door-open", [
  ["path", { d: "M10 21H2" }],
  ["path", { d: "M10 3H7a2 2 0 00-2 2v16" }],
  ["path", { d: "M14 12h.01" }],
  ["path", { d: "M19 21V5a2 2 0 00-1.675-1.974l-6.163-1.013A1 1 0 0010 3v18a1 1 0 001.124.992z" }],
  ["path", { d: "M22 21h-3" }],
]);
export const LockOpen = lucideSvg("lock-open", [
  ["rect", { width: "18", height: "11", x: "3", y: "11", rx: "2", ry: "2" }],
  ["path", { d: "M7 11V7a5 5 0 0 1 9.9-1" }],
]);
export const Wrench = lucideSvg("wrench", [
  [
    "path",
    {
      d: "M14.7 6.3a1 1 0 0 0 0 1.4l1.6 1.6a1 1 0 0 0 1.4 0l3.106-3.105c.32-.322.863-.22.983.218a6 6 0 0 1-8.259 7.057l-7.91 7.91a1 1 0 0 1-2.999-3l7.91-7.91a6 6 0 0 1 7.057-8.259c.438.12.54.662.219.984z",
    },
  ],
]);
export const Upload = lucideSvg("upload", [
  ["path", { d: "M12 3v12" }],
  ["path", { d: "m17 8-5-5-5 5" }],
  ["path", { d: "M21 15v4a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-4" }],
]);
