"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { signInAction } from "@/server/actions/sign-in";

/** Email and password; errors inline under the field and, for the whole form, in an alert. */
export function LoginForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations("auth");
  const errorText = useErrorMessage("signIn");
  const [state, formAction, pending] = useActionState(signInAction, null);
  // Kept in state so a failed attempt does not empty the email field (React resets forms after an action).
  const [email, setEmail] = useState("");
  const failed = state && !state.ok ? state : null;
  const invalid = failed?.code === "validation";
  // The server's messages are English; the form names the same problems in the visitor's language.
  const emailError = invalid && failed.fields?.email ? [t("errors.emailInvalid")] : undefined;
  const passwordError = failed?.fields?.password
    ? [t(invalid ? "errors.passwordRequired" : "errors.checkFields")]
    : undefined;
  return (
    <form
      action={formAction}
      className="space-y-5"
      noValidate
      aria-describedby={failed && !invalid ? "login-error" : undefined}
    >
      {/* Field problems are shown under each field; the alert is for the form as a whole. */}
      <FormError
        id="login-error"
        title={t("errorTitle")}
        message={failed && !invalid ? errorText(failed) : null}
      />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <FormField label={t("email")} name="email" required error={emailError}>
        <Input
          type="email"
          autoComplete="username"
          inputMode="email"
          autoFocus
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
      </FormField>
      <FormField label={t("password")} name="password" required error={passwordError}>
        <Input type="password" autoComplete="current-password" />
      </FormField>
      <Button type="submit" className="w-full" size="lg" loading={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
