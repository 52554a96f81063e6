import "server-only";
import { z } from "zod";

export type JsonSchema = Record<string, unknown>;

/**
 * zod → JSON Schema 2020-12 (the dialect of OpenAPI 3.1). Requests are described as clients send them
 * (`io: "input"`: defaults optional, coerced query strings), responses as the server returns them. Any
 * `$defs` a conversion makes are hoisted into `components.schemas` (a `#/$defs/…` ref would resolve against
 * the document root in OpenAPI, not against the schema).
 */
export function toJsonSchema(schema: z.ZodType, io: "input" | "output", defs: JsonSchema): JsonSchema {
  const {
    $schema: _dialect,
    $defs,
    ...rest
  } = z.toJSONSchema(schema, {
    io,
    unrepresentable: "any",
    override: ({ zodSchema, jsonSchema }) => tidy(zodSchema, jsonSchema, io),
  }) as JsonSchema;
  for (const [name, def] of Object.entries(($defs ?? {}) as JsonSchema)) {
    if (name in defs && JSON.stringify(defs[name]) !== JSON.stringify(def)) {
      throw new Error(`Two different schemas are both named "${name}"`);
    }
    defs[name] = def;
  }
  return JSON.parse(JSON.stringify(rest).replaceAll('"#/$defs/', '"#/components/schemas/'));
}

function tidy(zodSchema: unknown, json: JsonSchema, io: "input" | "output") {
  // `format` says it; zod's equivalent regex (a 300-character one for date-time) only adds noise.
  if (json.format && json.pattern) delete json.pattern;
  // `z.unknown().nullable()` (any JSON value or null) becomes `anyOf: [{}, { type: "null" }]`: the empty member
  // already matches everything, null included, so the union says nothing more and linters flag it.
  if (Array.isArray(json.anyOf) && json.anyOf.some(isEmptySchema)) delete json.anyOf;
  // Responses may gain fields later; only a `.strict()` object promises none (input mode already omits it).
  if (io === "output" && json.additionalProperties === false && !isStrict(zodSchema)) {
    delete json.additionalProperties;
  }
}

const isEmptySchema = (s: unknown) =>
  typeof s === "object" && s !== null && !Array.isArray(s) && Object.keys(s).length === 0;

function isStrict(zodSchema: unknown): boolean {
  const def = (
    zodSchema as { _zod?: { def?: { type?: string; catchall?: { _zod?: { def?: { type?: string } } } } } }
  )._zod?.def;
  return def?.type === "object" && def.catchall?._zod?.def?.type === "never";
}

/** Each property of an object schema as an OpenAPI parameter (`in: query` or `in: path`). */
export function toParameters(schema: z.ZodType, where: "query" | "path", defs: JsonSchema) {
  const json = toJsonSchema(schema, "input", defs);
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(properties).map(([name, { description, ...prop }]) => ({
    name,
    in: where,
    required: where === "path" || required.has(name),
    ...(description ? { description } : {}),
    schema: prop,
  }));
}
