"use client";

import { useTranslations } from "next-intl";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { revokePassAction } from "@/server/actions/revoke-pass";

/** Revoke with a confirmation dialog; the page re-reads the passes after. */
export function RevokePassButton({ id, name }: { id: string; name: string }) {
  const t = useTranslations("passes.revoke");
  const errorText = useErrorMessage();
  return (
    <ConfirmActionButton
      labels={{
        button: t("button"),
        title: t("title"),
        description: t("description", { name }),
        close: t("close"),
        cancel: t("keep"),
        confirm: t("confirm"),
      }}
      run={async () => {
        const r = await revokePassAction({ id });
        return r.ok ? null : errorText(r);
      }}
    />
  );
}
