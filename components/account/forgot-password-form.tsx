"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { requestPasswordResetAction } from "@/server/actions/request-password-reset";

/** The email only; the answer is the same for every valid address, so it says "if an account exists". */
export function ForgotPasswordForm() {
  const t = useTranslations("account.forgot");
  const errors = useTranslations("account.errors");
  const [state, formAction, pending] = useActionState(requestPasswordResetAction, null);
  const [email, setEmail] = useState("");
  const failed = state && !state.ok ? state : null;
  const invalid = failed?.code === "validation";
  const errorText = useErrorMessage("account", { rate_limited: t("rateLimited") });
  const message = failed && !invalid ? errorText(failed) : null;
  // announced politely once the action answers (the address as the server read it)
  const sent = state?.ok ? state.data.email : null;
  return (
    <form
      action={formAction}
      noValidate
      className="space-y-5"
      aria-describedby={message ? "forgot-error" : undefined}
    >
      <FormError id="forgot-error" title={t("errorTitle")} message={message} />
      <div role="status">
        {sent ? (
          <Alert tone="success" title={t("sentTitle")}>
            {t("sent", { email: sent })}
          </Alert>
        ) : null}
      </div>
      <FormField label={t("email")} name="email" required error={invalid ? [errors("email")] : undefined}>
        <Input
          type="email"
          autoComplete="username"
          inputMode="email"
          autoFocus
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
      </FormField>
      <Button type="submit" className="w-full" size="lg" loading={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
