"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { startCheckinAction } from "@/server/actions/start-checkin";

/** Posts the link's token to the action that opens the guest session (cookies are set there), then /stay. */
export function StartCheckinForm({ token }: { token: string }) {
  const t = useTranslations("checkin.start");
  const [state, submit, pending] = useActionState(startCheckinAction, null);
  return (
    <form action={submit} className="space-y-3">
      <input type="hidden" name="token" value={token} />
      <FormError message={state && !state.ok ? t("failed") : null} />
      <Button type="submit" size="lg" loading={pending} className="w-full">
        {t("button")}
      </Button>
    </form>
  );
}
