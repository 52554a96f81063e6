"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { changePasswordAction } from "@/server/actions/change-password";

type Field = "currentPassword" | "password" | "confirm";

/** Current password, then the new one twice; on success the action signs this browser in again and reloads. */
export function ChangePasswordForm({ email }: { email: string }) {
  const t = useTranslations("account.password");
  const errors = useTranslations("account.errors");
  const account = useTranslations("account");
  const [state, formAction, pending] = useActionState(changePasswordAction, null);
  const failed = state && !state.ok ? state : null;
  const err = (field: Field) => (failed?.fields?.[field] ? [errors(field)] : undefined);
  const errorText = useErrorMessage("account");
  const message = failed && !failed.fields ? errorText(failed) : null;
  return (
    <form
      action={formAction}
      noValidate
      className="space-y-4"
      aria-describedby={message ? "password-error" : undefined}
    >
      <FormError id="password-error" title={account("errorTitle")} message={message} />
      {/* lets password managers file the new password under the right account */}
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <FormField label={t("current")} name="currentPassword" required error={err("currentPassword")}>
        <Input type="password" autoComplete="current-password" />
      </FormField>
      <FormField label={t("new")} name="password" required hint={t("hint")} error={err("password")}>
        <Input type="password" autoComplete="new-password" />
      </FormField>
      <FormField label={t("confirm")} name="confirm" required error={err("confirm")}>
        <Input type="password" autoComplete="new-password" />
      </FormField>
      <Button type="submit" loading={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
