import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { Alert } from "@/components/ui/alert";
import { safeCallbackPath } from "@/lib/auth-schemas";
import { ROLE_HOME } from "@/lib/roles";
import { currentActor } from "@/server/auth/actor";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ callbackUrl?: string; signedOut?: string; error?: string }> };

export default async function LoginPage({ searchParams }: Props) {
  const params = await searchParams;
  const actor = await currentActor();
  if (actor) redirect(ROLE_HOME[actor.role]);
  return (
    <main id="main" className="flex min-h-dvh items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm space-y-6">
        <div className="space-y-2 text-center">
          <p className="font-semibold text-brand-700 text-sm uppercase tracking-wide">BuildingOS</p>
          <h1 className="font-bold text-2xl text-slate-900">Sign in to your building</h1>
          <p className="text-slate-600 text-sm">
            Residents, staff and managers. Guests use the link in their booking email.
          </p>
        </div>
        {params.signedOut ? (
          <Alert tone="success" title="Signed out">
            You have signed out of this device.
          </Alert>
        ) : null}
        <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          <LoginForm callbackUrl={safeCallbackPath(params.callbackUrl)} />
        </div>
      </div>
    </main>
  );
}
