"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { requestEmailChangeAction } from "@/server/actions/request-email-change";

/** The new address and the current password; the answer says where the confirmation link went. */
export function ChangeEmailForm({ email }: { email: string }) {
  const t = useTranslations("account.email");
  const errors = useTranslations("account.errors");
  const account = useTranslations("account");
  const [state, formAction, pending] = useActionState(requestEmailChangeAction, null);
  const [next, setNext] = useState("");
  const failed = state && !state.ok ? state : null;
  const emailError = failed?.fields?.email
    ? [
        errors(
          failed.code === "conflict" ? "emailInUse" : failed.code === "bad_request" ? "sameEmail" : "email",
        ),
      ]
    : undefined;
  const passwordError = failed?.fields?.currentPassword ? [errors("currentPassword")] : undefined;
  const errorText = useErrorMessage("account");
  const message = failed && !failed.fields ? errorText(failed) : null;
  return (
    <form
      action={formAction}
      noValidate
      className="space-y-4"
      aria-describedby={message ? "email-error" : undefined}
    >
      <FormError id="email-error" title={account("errorTitle")} message={message} />
      <div role="status">
        {state?.ok ? <Alert tone="success">{t("sent", { email: state.data.email })}</Alert> : null}
      </div>
      <FormField label={t("current")} name="current-email">
        <Input type="email" value={email} readOnly autoComplete="username" />
      </FormField>
      <FormField label={t("new")} name="email" required error={emailError}>
        <Input
          type="email"
          inputMode="email"
          autoComplete="email"
          value={next}
          onChange={(e) => setNext(e.target.value)}
        />
      </FormField>
      <FormField label={t("password")} name="currentPassword" required error={passwordError}>
        <Input type="password" autoComplete="current-password" />
      </FormField>
      <Button type="submit" loading={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
