"use server";

import { signOut } from "../auth/auth";

/** Signing out needs no input and no actor: it only clears this browser's session cookie. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/login?signedOut=1" });
}
