"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { toast } from "@/components/ui/toast";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { PERSON_ROLES } from "@/lib/domain/people-constants";
import { inviteUserAction } from "@/server/actions/invite-user";

/** Invite by email: role, an optional unit for residents; the link goes out by email (locally: the outbox). */
export function InviteForm({ units }: { units: { id: string; number: string }[] }) {
  const t = useTranslations("people.invite");
  const roles = useTranslations("roles");
  const [state, formAction, pending] = useActionState(inviteUserAction, null);
  const form = useRef<HTMLFormElement>(null);
  const failed = state && !state.ok ? state : null;
  useEffect(() => {
    if (state?.ok) {
      toast.success(t("sent", { email: state.data.email }));
      form.current?.reset();
    }
  }, [state, t]);
  const fieldError = (name: "email" | "name" | "role" | "unitIds") =>
    failed?.fields?.[name] ? [t(`errors.${name}`)] : undefined;
  const errorText = useErrorMessage(undefined, { conflict: t("errors.conflict") });
  const formMessage = failed && !failed.fields ? errorText(failed) : null;
  return (
    <form ref={form} action={formAction} noValidate className="space-y-4" aria-describedby="invite-error">
      <FormError id="invite-error" title={t("errorTitle")} message={formMessage} />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          label={t("email")}
          name="email"
          required
          error={
            failed?.code === "conflict" && failed.fields?.email ? [t("errors.taken")] : fieldError("email")
          }
        >
          <Input type="email" autoComplete="off" inputMode="email" />
        </FormField>
        <FormField label={t("name")} name="name" hint={t("nameHint")} error={fieldError("name")}>
          <Input autoComplete="off" />
        </FormField>
        <FormField label={t("role")} name="role" required error={fieldError("role")}>
          <Select
            defaultValue="resident"
            options={PERSON_ROLES.map((r) => ({ value: r, label: roles(r) }))}
          />
        </FormField>
        <FormField label={t("unit")} name="unitId" hint={t("unitHint")} error={fieldError("unitIds")}>
          <Select
            defaultValue=""
            placeholder={t("noUnit")}
            options={units.map((u) => ({ value: u.id, label: t("unitOption", { number: u.number }) }))}
          />
        </FormField>
      </div>
      <Button type="submit" loading={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
