import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { Result } from "@/lib/errors";
import type { Capability } from "@/lib/permissions";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { parseInput } from "@/lib/validation";
import { requireActor } from "../auth/actor";
import { toSafeError } from "../errors";
import { currentRequestId } from "../http/request-id";

type Options = { capability?: Capability };

/** A failure as the typed result: Next's redirects and not-found pass through, anything else is made safe. */
async function failed(
  e: unknown,
  action: string,
): Promise<{ ok: false } & Omit<ReturnType<typeof toSafeError>, "status">> {
  unstable_rethrow(e);
  const { status: _status, ...safe } = toSafeError(e, { action, requestId: await currentRequestId() });
  return { ok: false, ...safe };
}

/**
 * The one wrapper for server actions. An exported "use server" function is a public endpoint, so every one
 * is built with this: zod input, the actor from the session (never from the client), the capability, and a
 * typed result `{ ok: true, data } | { ok: false, code, message, fields?, details? }`. Next's redirects pass through.
 */
export function action<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.infer<S>, actor: Actor) => Promise<T>,
  opts: Options = {},
): (raw: z.input<S>) => Promise<Result<T>> {
  return async (raw) => {
    try {
      const actor = await requireActor();
      if (opts.capability) authorize(actor, opts.capability);
      const input = parseInput(schema, raw);
      return { ok: true, data: await handler(input, actor) };
    } catch (e) {
      return failed(e, handler.name);
    }
  };
}

/** The same for `<form action>` with useActionState: reads the FormData into a plain object first. */
export function formAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.infer<S>, actor: Actor) => Promise<T>,
  opts: Options = {},
): (prev: Result<T> | null, form: FormData) => Promise<Result<T>> {
  const run = action(schema, handler, opts);
  return (_prev, form) => run(formToObject(form) as z.input<S>);
}

export function formToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of form.entries()) {
    if (k.startsWith("$ACTION")) continue;
    if (k in out) out[k] = ([] as unknown[]).concat(out[k], v);
    else out[k] = v;
  }
  return out;
}

/** For the few actions a signed-out visitor may call (signing in): zod input and typed result, no actor. */
export function publicFormAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.infer<S>) => Promise<T>,
): (prev: Result<T> | null, form: FormData) => Promise<Result<T>> {
  return async (_prev, form) => {
    try {
      return { ok: true, data: await handler(parseInput(schema, formToObject(form))) };
    } catch (e) {
      return failed(e, handler.name);
    }
  };
}

/**
 * For actions authorized by a secret link held in the input (an outside cleaner's turnover link): zod input and
 * typed result, no session; the handler resolves the token and may do only what the link allows.
 */
export function linkAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.infer<S>) => Promise<T>,
): (raw: z.input<S>) => Promise<Result<T>> {
  return async (raw) => {
    try {
      return { ok: true, data: await handler(parseInput(schema, raw)) };
    } catch (e) {
      return failed(e, handler.name);
    }
  };
}
