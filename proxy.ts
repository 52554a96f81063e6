import { NextResponse } from "next/server";
import { auth } from "@/server/auth/auth";

/**
 * Coarse redirects only: a signed-out visitor asking for a portal page goes to the login page and comes back
 * after. This is never the security boundary: every layout, service and route handler checks the actor itself.
 */
const PORTAL = /^\/(resident|staff|manager|chat)(\/|$)/;

export default auth((request) => {
  const { pathname, search } = request.nextUrl;
  if (!request.auth && PORTAL.test(pathname)) {
    const login = new URL("/login", request.nextUrl.origin);
    login.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(login);
  }
  return NextResponse.next();
});

export const config = {
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico|icons|manifest.webmanifest|sw.js).*)"],
};
