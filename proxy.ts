import { NextResponse } from "next/server";
import { contentSecurityPolicy, STATIC_PAGES } from "@/lib/csp";
import { auth } from "@/server/auth/auth";
import { config as appConfig } from "@/server/config";
import { CHECKIN_PATH, CHECKIN_TOKEN_HEADER } from "@/server/i18n/checkin-locale";

/**
 * Coarse redirects only: a signed-out visitor asking for a portal page goes to the login page and comes back
 * after. This is never the security boundary: every layout, service and route handler checks the actor itself.
 *
 * Every page also gets its Content-Security-Policy here, with a fresh nonce: set on the request (Next reads
 * the nonce from it and puts it on its own scripts; `x-nonce` for any script of ours) and on the response.
 */
const PORTAL = /^\/(resident|staff|manager|chat|account)(\/|$)/;

export default auth((request) => {
  const { pathname, search } = request.nextUrl;
  const isStatic = STATIC_PAGES.includes(pathname);
  const nonce = isStatic ? null : Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = contentSecurityPolicy(appConfig(), { nonce, inlineScripts: isStatic });
  const withCsp = (response: NextResponse) => {
    response.headers.set("content-security-policy", csp);
    return response;
  };
  if (!request.auth && PORTAL.test(pathname)) {
    const login = new URL("/login", request.nextUrl.origin);
    login.searchParams.set("callbackUrl", `${pathname}${search}`);
    return withCsp(NextResponse.redirect(login));
  }
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", csp);
  if (nonce) headers.set("x-nonce", nonce);
  const checkin = CHECKIN_PATH.exec(pathname);
  // the link's page speaks the language the stay was booked with (server/i18n/checkin-locale.ts)
  if (checkin?.[1]) headers.set(CHECKIN_TOKEN_HEADER, checkin[1]);
  return withCsp(NextResponse.next({ request: { headers } }));
});

export const config = {
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico|icons|manifest.webmanifest|sw.js).*)"],
};
