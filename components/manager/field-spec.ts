/**
 * A settings field described as data, so one form component renders every section (settings and persona).
 * `name` is the dotted path in the patch (`doorCode.length`), also the key of its label in the catalog and of
 * its errors in a failed action's `fields`.
 */
export type FieldSpec =
  | {
      name: string;
      kind: "number";
      min: number;
      max: number;
      unit?: "minutes" | "nights" | "days" | "guests" | "digits";
    }
  | { name: string; kind: "time" }
  | { name: string; kind: "switch" }
  | { name: string; kind: "text"; max: number }
  | { name: string; kind: "textarea"; max: number }
  | { name: string; kind: "lines"; maxItems: number }
  | { name: string; kind: "select"; options: { value: string; label: string }[] }
  | { name: string; kind: "checkboxes"; options: { value: string; label: string }[] };

export type FieldValue = string | boolean | string[];
export type FlatValues = Record<string, FieldValue>;

/** `{ "doorCode.length": "8" }` → `{ doorCode: { length: 8 } }`, each value typed by its field's kind. */
export function toPatch(fields: FieldSpec[], values: FlatValues): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const path = f.name.split(".");
    let node = out;
    for (const part of path.slice(0, -1)) {
      node[part] ??= {};
      node = node[part] as Record<string, unknown>;
    }
    node[path[path.length - 1]] = typed(f, values[f.name]);
  }
  return out;
}

function typed(f: FieldSpec, v: FieldValue | undefined): unknown {
  switch (f.kind) {
    case "number": {
      const text = String(v ?? "").trim();
      // anything but a whole number goes as typed, so the server names the field
      return /^-?\d+$/.test(text) ? Number(text) : text;
    }
    case "switch":
      return v === true;
    case "lines":
      return String(v ?? "")
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean);
    case "checkboxes":
      return Array.isArray(v) ? v : [];
    default:
      return typeof v === "string" ? v : "";
  }
}

/** The flat form values of a nested object (the current settings), for the fields listed. */
export function toFlat(fields: FieldSpec[], source: Record<string, unknown>): FlatValues {
  const out: FlatValues = {};
  for (const f of fields) {
    const v = f.name
      .split(".")
      .reduce<unknown>((node, k) => (node as Record<string, unknown> | undefined)?.[k], source);
    if (f.kind === "switch") out[f.name] = v === true;
    else if (f.kind === "lines") out[f.name] = Array.isArray(v) ? v.join("\n") : "";
    else if (f.kind === "checkboxes") out[f.name] = Array.isArray(v) ? (v as string[]) : [];
    else out[f.name] = v === undefined || v === null ? "" : String(v);
  }
  return out;
}
