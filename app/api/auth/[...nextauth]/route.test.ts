import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { POST } from "./route";

/**
 * L12: the Auth.js POST wrapper reads the body once, counted: a large body from an unauthenticated caller is
 * refused with 413 before it is buffered or parsed, and a normal sign-in form reaches Auth.js intact.
 */
const seen: { body: string | null }[] = [];
vi.mock("@/server/auth/auth", () => ({
  handlers: {
    GET: vi.fn(),
    POST: vi.fn(async (request: Request) => {
      seen.push({ body: await request.text() });
      return new Response("auth.js", { status: 302 });
    }),
  },
}));

beforeEach(() => {
  seen.length = 0;
});

const url = "http://localhost/api/auth/callback/credentials";
const form = { "content-type": "application/x-www-form-urlencoded" };

describe("POST /api/auth/*", () => {
  it("refuses a body over 16 KB by its Content-Length, without calling Auth.js", async () => {
    const body = `email=a%40b.c&password=${"x".repeat(20_000)}`;
    const res = await POST(new NextRequest(url, { method: "POST", headers: form, body }));
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("payload_too_large");
    expect(seen).toEqual([]);
  });

  it("counts a streamed body and stops past the limit", async () => {
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        sent += 4096;
        c.enqueue(new Uint8Array(4096).fill(120));
      },
    });
    const res = await POST(
      new NextRequest(url, {
        method: "POST",
        headers: form,
        body: stream,
        duplex: "half",
      } as ConstructorParameters<typeof NextRequest>[1]),
    );
    expect(res.status).toBe(413);
    expect(sent).toBeLessThan(64 * 1024);
    expect(seen).toEqual([]);
  });

  it("hands a normal sign-in form to Auth.js unchanged", async () => {
    const body = "email=resident%40example.com&password=secret&csrfToken=abc";
    const res = await POST(new NextRequest(url, { method: "POST", headers: form, body }));
    expect(res.status).toBe(302);
    expect(seen).toEqual([{ body }]);
  });
});
