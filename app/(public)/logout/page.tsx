import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { signOutAction } from "@/server/actions/sign-out";

export const metadata: Metadata = { title: "Sign out" };

/** A confirmation with a POST form: a plain link to /logout (or a prefetch) must not sign anyone out. */
export default function LogoutPage() {
  return (
    <main id="main" className="flex min-h-dvh items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm space-y-6 rounded-xl border border-slate-200 bg-white p-6 text-center shadow-sm">
        <h1 className="font-bold text-slate-900 text-xl">Sign out of BuildingOS?</h1>
        <p className="text-slate-600 text-sm">
          You will need your email and password to sign in again on this device.
        </p>
        <form action={signOutAction} className="flex flex-col gap-3">
          <Button type="submit" size="lg">
            Sign out
          </Button>
          <Button asChild variant="ghost">
            <Link href="/">Stay signed in</Link>
          </Button>
        </form>
      </div>
    </main>
  );
}
