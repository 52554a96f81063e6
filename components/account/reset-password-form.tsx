"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { resetPasswordAction } from "@/server/actions/reset-password";

/** The new password, twice; on success the action sends the person to sign in. */
export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("account.reset");
  const errors = useTranslations("account.errors");
  const [state, formAction, pending] = useActionState(resetPasswordAction, null);
  const failed = state && !state.ok ? state : null;
  const err = (field: "password" | "confirm") => (failed?.fields?.[field] ? [errors(field)] : undefined);
  const dead = failed?.code === "not_found";
  const errorText = useErrorMessage("account", { not_found: t("invalidBody") });
  const message = failed && !failed.fields ? errorText(failed) : null;
  return (
    <form
      action={formAction}
      noValidate
      className="space-y-5"
      aria-describedby={message ? "reset-error" : undefined}
    >
      <FormError id="reset-error" title={dead ? t("invalidTitle") : t("errorTitle")} message={message} />
      {dead ? (
        <Link href="/forgot-password" className="block text-brand-700 underline underline-offset-4">
          {t("again")}
        </Link>
      ) : null}
      <input type="hidden" name="token" value={token} />
      <FormField label={t("password")} name="password" required hint={t("hint")} error={err("password")}>
        <Input type="password" autoComplete="new-password" autoFocus />
      </FormField>
      <FormField label={t("confirm")} name="confirm" required error={err("confirm")}>
        <Input type="password" autoComplete="new-password" />
      </FormField>
      <Button type="submit" className="w-full" size="lg" loading={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
