import { type ClassValue, clsx } from "clsx";
import { createTailwindMerge, validators as v } from "tailwind-merge";

/**
 * tailwind-merge with only the class groups this app's components override (`<Button className="h-auto">` over
 * the button's `h-8`, a table cell's `text-right` over its `text-left`…), written as tailwind-merge's own default
 * config writes them. The default config (all of Tailwind, ~6.5 KB of the 8.4 KB gzipped it adds to every page)
 * would be the rest. lib/cn.test.ts holds it to the default: every pair of classes that can meet in one `cn()`
 * call in the app merges the same way with both, so a new kind of override fails there and names its group.
 */
const spacing = [v.isArbitraryVariable, v.isArbitraryValue, "px", v.isNumber] as const;
const sizing = [
  v.isFraction,
  "auto",
  "full",
  "dvw",
  "dvh",
  "lvw",
  "lvh",
  "svw",
  "svh",
  "min",
  "max",
  "fit",
  ...spacing,
];
const inset = [v.isFraction, "full", "auto", ...spacing];
const color = [v.isAny] as const;
const radius = ["", "none", "full", v.isTshirtSize, v.isArbitraryVariable, v.isArbitraryValue];
const borderWidth = ["", v.isNumber, v.isArbitraryVariableLength, v.isArbitraryLength];
const weights = ["thin", "extralight", "light", "normal", "medium", "semibold", "bold", "extrabold", "black"];

const merge = createTailwindMerge(() => ({
  cacheSize: 500,
  theme: {},
  classGroups: {
    display: [
      "block",
      "inline-block",
      "inline",
      "flex",
      "inline-flex",
      "table",
      "inline-table",
      "table-caption",
      "table-cell",
      "table-column",
      "table-column-group",
      "table-footer-group",
      "table-header-group",
      "table-row-group",
      "table-row",
      "flow-root",
      "grid",
      "inline-grid",
      "contents",
      "list-item",
      "hidden",
    ],
    position: ["static", "fixed", "absolute", "relative", "sticky"],
    inset: [{ inset }],
    top: [{ top: inset }],
    right: [{ right: inset }],
    bottom: [{ bottom: inset }],
    left: [{ left: inset }],
    w: [{ w: [v.isTshirtSize, "screen", ...sizing] }],
    h: [{ h: ["screen", "lh", ...sizing] }],
    size: [{ size: sizing }],
    "min-h": [{ "min-h": ["screen", "lh", "none", ...sizing] }],
    "max-w": [{ "max-w": [v.isTshirtSize, "screen", "none", "prose", ...sizing] }],
    p: [{ p: spacing }],
    px: [{ px: spacing }],
    py: [{ py: spacing }],
    pt: [{ pt: spacing }],
    pr: [{ pr: spacing }],
    pb: [{ pb: spacing }],
    pl: [{ pl: spacing }],
    m: [{ m: ["auto", ...spacing] }],
    mx: [{ mx: ["auto", ...spacing] }],
    my: [{ my: ["auto", ...spacing] }],
    mt: [{ mt: ["auto", ...spacing] }],
    mr: [{ mr: ["auto", ...spacing] }],
    mb: [{ mb: ["auto", ...spacing] }],
    ml: [{ ml: ["auto", ...spacing] }],
    "space-y": [{ "space-y": spacing }],
    gap: [{ gap: spacing }],
    "justify-content": [
      { justify: ["start", "end", "center", "between", "around", "evenly", "stretch", "baseline", "normal"] },
    ],
    "align-items": [{ items: ["start", "end", "center", "stretch", { baseline: ["", "last"] }] }],
    "col-start-end": [{ col: ["auto", { span: ["full", v.isInteger, v.isArbitraryValue] }, v.isInteger] }],
    "font-size": [{ text: ["base", v.isTshirtSize, v.isArbitraryVariableLength, v.isArbitraryLength] }],
    "font-weight": [{ font: [...weights, v.isArbitraryVariableWeight, v.isArbitraryWeight] }],
    "text-alignment": [{ text: ["left", "center", "right", "justify", "start", "end"] }],
    "text-color": [{ text: color }],
    "text-transform": ["uppercase", "lowercase", "capitalize", "normal-case"],
    "fvn-spacing": ["proportional-nums", "tabular-nums"],
    tracking: [{ tracking: ["tighter", "tight", "normal", "wide", "wider", "widest", v.isArbitraryValue] }],
    leading: [{ leading: ["none", "tight", "snug", "normal", "relaxed", "loose", ...spacing] }],
    whitespace: [{ whitespace: ["normal", "nowrap", "pre", "pre-line", "pre-wrap", "break-spaces"] }],
    "bg-color": [{ bg: color }],
    "border-w": [{ border: borderWidth }],
    "border-w-x": [{ "border-x": borderWidth }],
    "border-w-y": [{ "border-y": borderWidth }],
    "border-w-t": [{ "border-t": borderWidth }],
    "border-w-r": [{ "border-r": borderWidth }],
    "border-w-b": [{ "border-b": borderWidth }],
    "border-w-l": [{ "border-l": borderWidth }],
    "border-color": [{ border: color }],
    rounded: [{ rounded: radius }],
    "rounded-t": [{ "rounded-t": radius }],
    "rounded-b": [{ "rounded-b": radius }],
    shadow: [
      { shadow: ["", "inner", "none", v.isTshirtSize, v.isArbitraryVariableShadow, v.isArbitraryShadow] },
    ],
    "shadow-color": [{ shadow: color }],
    "ring-w": [{ ring: borderWidth }],
    "ring-w-inset": ["ring-inset"],
    "ring-color": [{ ring: color }],
    "ring-offset-w": [{ "ring-offset": [v.isNumber, v.isArbitraryLength] }],
    "ring-offset-color": [{ "ring-offset": color }],
  },
  conflictingClassGroups: {
    inset: ["top", "right", "bottom", "left"],
    p: ["px", "py", "pt", "pr", "pb", "pl"],
    px: ["pr", "pl"],
    py: ["pt", "pb"],
    m: ["mx", "my", "mt", "mr", "mb", "ml"],
    mx: ["mr", "ml"],
    my: ["mt", "mb"],
    size: ["w", "h"],
    "border-w": ["border-w-x", "border-w-y", "border-w-t", "border-w-r", "border-w-b", "border-w-l"],
    "border-w-x": ["border-w-r", "border-w-l"],
    "border-w-y": ["border-w-t", "border-w-b"],
    "font-size": ["leading"],
    rounded: ["rounded-t", "rounded-b"],
  },
  conflictingClassGroupModifiers: { "font-size": ["leading"] },
  orderSensitiveModifiers: [
    "*",
    "**",
    "after",
    "backdrop",
    "before",
    "details-content",
    "file",
    "first-letter",
    "first-line",
    "marker",
    "placeholder",
    "selection",
  ],
}));

/** Joins class names and lets a later Tailwind class win over an earlier one (`cn("p-2", "p-4")` → `"p-4"`). */
export function cn(...inputs: ClassValue[]): string {
  return merge(clsx(inputs));
}
