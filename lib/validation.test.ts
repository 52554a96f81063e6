import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "./errors";
import { fieldErrors, parseInput } from "./validation";

const schema = z.object({
  email: z.email("Enter a valid email"),
  guest: z.object({ count: z.number().int().min(1, "At least one guest") }),
});

describe("parseInput", () => {
  it("returns the parsed value", () => {
    expect(parseInput(schema, { email: "a@b.co", guest: { count: 2 } })).toEqual({
      email: "a@b.co",
      guest: { count: 2 },
    });
  });

  it("throws a 422 naming every bad field by its dotted path", () => {
    try {
      parseInput(schema, { email: "nope", guest: { count: 0 } });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      const err = e as AppError;
      expect(err.status).toBe(422);
      expect(err.fields).toEqual({ email: ["Enter a valid email"], "guest.count": ["At least one guest"] });
      expect(err.message).toContain("email");
      expect(err.message).toContain("guest.count");
    }
  });

  it("files errors without a path under '_'", () => {
    const r = z
      .object({ a: z.number(), b: z.number() })
      .refine((v) => v.a < v.b, "a must be below b")
      .safeParse({ a: 2, b: 1 });
    expect(r.success).toBe(false);
    if (!r.success) expect(fieldErrors(r.error)).toEqual({ _: ["a must be below b"] });
  });
});
