"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { confirmEmailChangeAction } from "@/server/actions/confirm-email-change";

/** One button: opening the link changes nothing until the person confirms (mail scanners open links too). */
export function ConfirmEmailForm({ token }: { token: string }) {
  const t = useTranslations("account.confirmEmail");
  const errors = useTranslations("account.errors");
  const [state, formAction, pending] = useActionState(confirmEmailChangeAction, null);
  const failed = state && !state.ok ? state : null;
  const errorText = useErrorMessage("account", {
    conflict: errors("emailInUse"),
    not_found: t("invalidBody"),
  });
  const message = failed ? errorText(failed) : null;
  return (
    <form action={formAction} className="space-y-5">
      <FormError title={t("errorTitle")} message={message} />
      <input type="hidden" name="token" value={token} />
      <Button type="submit" className="w-full" size="lg" loading={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
