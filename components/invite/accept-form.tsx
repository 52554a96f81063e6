"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { acceptInvitationAction } from "@/server/actions/accept-invitation";

/** Name and password (twice); on success the action signs the person in and sends them to their home. */
export function AcceptInvitationForm({ token, email, name }: { token: string; email: string; name: string }) {
  const t = useTranslations("invite");
  const [state, formAction, pending] = useActionState(acceptInvitationAction, null);
  const [value, setValue] = useState(name);
  const failed = state && !state.ok ? state : null;
  const errorText = useErrorMessage(undefined, {
    not_found: t("errors.used"),
    conflict: t("errors.used"),
    rate_limited: t("errors.rateLimited"),
    unavailable: t("errors.busy"),
  });
  const err = (field: "name" | "password" | "confirm") =>
    failed?.fields?.[field] ? [t(`errors.${field}`)] : undefined;
  const message = failed && !failed.fields ? errorText(failed) : null;
  return (
    <form action={formAction} noValidate className="space-y-5" aria-describedby="accept-error">
      <FormError id="accept-error" title={t("errorTitle")} message={message} />
      <input type="hidden" name="token" value={token} />
      <FormField label={t("email")} name="email-shown">
        <Input type="email" value={email} readOnly autoComplete="username" />
      </FormField>
      <FormField label={t("name")} name="name" required error={err("name")}>
        <Input autoComplete="name" value={value} onChange={(e) => setValue(e.target.value)} />
      </FormField>
      <FormField
        label={t("password")}
        name="password"
        required
        hint={t("passwordHint")}
        error={err("password")}
      >
        <Input type="password" autoComplete="new-password" />
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
