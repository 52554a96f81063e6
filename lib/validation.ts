import type { z } from "zod";
import { AppError, type FieldErrors } from "./errors";

/** Zod issues → `{ "guest.email": ["Enter a valid email"] }`, the shape forms and API clients read. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_";
    fields[key] = [...(fields[key] ?? []), issue.message];
  }
  return fields;
}

/** Parses or throws a 422 AppError naming every bad field. */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const fields = fieldErrors(parsed.error);
  const names = Object.keys(fields).filter((k) => k !== "_");
  const message = names.length
    ? `Check ${names.join(", ")}: ${fields[names[0]]?.[0]}`
    : "The input is not valid.";
  throw new AppError("validation", message, { fields });
}
