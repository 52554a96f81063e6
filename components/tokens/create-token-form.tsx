"use client";

import { Check, Copy } from "lucide-react";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { issueApiTokenAction } from "@/server/actions/issue-api-token";

/** Name, role and optional expiry; the new secret is shown once here, with a copy button, and never again. */
export function CreateTokenForm() {
  const t = useTranslations("tokens.create");
  const roles = useTranslations("roles");
  const [state, formAction, pending] = useActionState(issueApiTokenAction, null);
  const [copied, setCopied] = useState(false);
  const failed = state && !state.ok ? state : null;
  const errorText = useErrorMessage(undefined, { forbidden: t("errors.off") });
  const err = (f: "name" | "role" | "expiresInDays") =>
    failed?.fields?.[f] ? [t(`errors.${f}`)] : undefined;
  return (
    <div className="space-y-4">
      {state?.ok ? (
        <Alert tone="success" title={t("createdTitle", { name: state.data.name })}>
          <p>{t("createdBody")}</p>
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <code
              data-testid="token-secret"
              className="break-all rounded bg-slate-100 px-2 py-1 text-slate-900 text-xs"
            >
              {state.data.secret}
            </code>
            <Button
              type="button"
              size="sm"
              variant="secondary"
              onClick={async () => {
                await navigator.clipboard?.writeText(state.data.secret).catch(() => undefined);
                setCopied(true);
              }}
            >
              {copied ? <Check aria-hidden /> : <Copy aria-hidden />}
              {copied ? t("copied") : t("copy")}
            </Button>
          </div>
        </Alert>
      ) : null}
      <form
        action={formAction}
        noValidate
        className="grid gap-4 sm:grid-cols-4 sm:items-end"
        aria-describedby="token-error"
      >
        <FormError
          id="token-error"
          className="sm:col-span-4"
          title={t("errorTitle")}
          message={failed && !failed.fields ? errorText(failed) : null}
        />
        <FormField label={t("name")} name="name" required error={err("name")}>
          <Input autoComplete="off" />
        </FormField>
        <FormField label={t("role")} name="role" hint={t("roleHint")} error={err("role")}>
          <Select
            defaultValue="staff"
            options={(["staff", "manager"] as const).map((r) => ({ value: r, label: roles(r) }))}
          />
        </FormField>
        <FormField
          label={t("expires")}
          name="expiresInDays"
          hint={t("expiresHint")}
          error={err("expiresInDays")}
        >
          <Input type="number" min={1} max={365} inputMode="numeric" />
        </FormField>
        <Button type="submit" loading={pending}>
          {t("submit")}
        </Button>
      </form>
    </div>
  );
}
