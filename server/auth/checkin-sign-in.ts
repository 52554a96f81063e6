import "server-only";
import { AuthError } from "next-auth";
import { signIn } from "./auth";

/**
 * For the `/checkin/{token}` page's server action or route handler (cookies can only be set there): signs the
 * browser in as the guest of that stay. False for any bad link, with no hint of why (see resolveCheckinToken).
 * Plain HTTP clients can do the same through Auth.js: `/api/auth/csrf`, then `POST /api/auth/callback/checkin`
 * with `token`.
 */
export async function startGuestSession(token: string): Promise<boolean> {
  try {
    await signIn("checkin", { token, redirect: false });
    return true;
  } catch (e) {
    if (e instanceof AuthError) return false;
    throw e;
  }
}
