import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { handlers } from "@/server/auth/auth";
import { assertSignInAllowed, clientAddress } from "@/server/auth/rate-limit";
import { errorBody, toSafeError } from "@/server/errors";

export const GET = handlers.GET;

/**
 * HTTP clients sign in with `POST /api/auth/callback/credentials`. Auth.js answers a refused login with a
 * redirect; a throttled client gets a real 429 with a message instead, before Auth.js runs.
 */
export async function POST(request: NextRequest) {
  if (request.nextUrl.pathname.endsWith("/callback/credentials")) {
    const form = await request
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
  return handlers.POST(request);
}
