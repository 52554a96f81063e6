import { NextRequest, NextResponse } from "next/server";
import { handlers } from "@/server/auth/auth";
import { assertSignInAllowed, clientAddress } from "@/server/auth/rate-limit";
import { errorBody, toSafeError } from "@/server/errors";
import { readBody } from "@/server/http/route";

export const GET = handlers.GET;

/** Auth.js posts are small forms (an email, a password, a CSRF token): anything larger is refused unread. */
const MAX_AUTH_BODY_BYTES = 16 * 1024;

/**
 * HTTP clients sign in with `POST /api/auth/callback/credentials`. Auth.js answers a refused login with a
 * redirect; a throttled client gets a real 429 with a message instead, before Auth.js runs. The body is read
 * once, counted (413 past MAX_AUTH_BODY_BYTES), and handed to Auth.js as a fresh request.
 */
export async function POST(request: NextRequest) {
  let body: Uint8Array<ArrayBuffer>;
  try {
    body = await readBody(request, MAX_AUTH_BODY_BYTES);
  } catch (e) {
    const safe = toSafeError(e);
    return NextResponse.json(errorBody(safe), { status: safe.status });
  }
  const forward = new NextRequest(request.url, { method: "POST", headers: request.headers, body });
  if (request.nextUrl.pathname.endsWith("/callback/credentials")) {
    const form = await forward
      .clone()
      .formData()
      .catch(() => null);
    const email = String(form?.get("email") ?? "");
    try {
      await assertSignInAllowed(email, clientAddress(request.headers));
    } catch (e) {
      const safe = toSafeError(e);
      return NextResponse.json(errorBody(safe), { status: safe.status });
    }
  }
  return handlers.POST(forward);
}
