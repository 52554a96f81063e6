"use client";

import { LogOut } from "lucide-react";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { signOutEverywhereAction } from "@/server/actions/sign-out-everywhere";

/** Asks first (the browser's own dialog, keyboard and screen-reader ready), then ends every session. */
export function SignOutEverywhereForm() {
  const t = useTranslations("account.sessions");
  const account = useTranslations("account");
  const [state, formAction, pending] = useActionState(signOutEverywhereAction, null);
  const failed = state && !state.ok ? state : null;
  const errorText = useErrorMessage("account");
  return (
    <form
      action={formAction}
      className="space-y-4"
      onSubmit={(e) => {
        if (!window.confirm(t("confirm"))) e.preventDefault();
      }}
    >
      <FormError title={account("errorTitle")} message={failed ? errorText(failed) : null} />
      <Button type="submit" variant="danger" loading={pending}>
        <LogOut aria-hidden="true" />
        {t("submit")}
      </Button>
    </form>
  );
}
