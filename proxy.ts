import { NextResponse } from "next/server";
import { auth } from "@/server/auth/auth";
import { CHECKIN_PATH, CHECKIN_TOKEN_HEADER } from "@/server/i18n/checkin-locale";

/**
 * Coarse redirects only: a signed-out visitor asking for a portal page goes to the login page and comes back
 * after. This is never the security boundary: every layout, service and route handler checks the actor itself.
 */
const PORTAL = /^\/(resident|staff|manager|chat|account)(\/|$)/;

export default auth((request) => {
  const { pathname, search } = request.nextUrl;
  if (!request.auth && PORTAL.test(pathname)) {
    const login = new URL("/login", request.nextUrl.origin);
    login.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(login);
  }
  const checkin = CHECKIN_PATH.exec(pathname);
  if (checkin?.[1]) {
    // the link's page speaks the language the stay was booked with (server/i18n/checkin-locale.ts)
    const headers = new Headers(request.headers);
    headers.set(CHECKIN_TOKEN_HEADER, checkin[1]);
    return NextResponse.next({ request: { headers } });
  }
  return NextResponse.next();
});

export const config = {
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico|icons|manifest.webmanifest|sw.js).*)"],
};
