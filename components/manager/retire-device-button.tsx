"use client";

import { useTranslations } from "next-intl";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";
import { toast } from "@/components/ui/toast";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { retireDeviceAction } from "@/server/actions/retire-device";

/** Retiring asks first: the device stops taking commands and leaves staff lists. */
export function RetireDeviceButton({ deviceId, name }: { deviceId: string; name: string }) {
  const t = useTranslations("registry.retire");
  const errorText = useErrorMessage();
  return (
    <ConfirmActionButton
      labels={{
        button: t("button"),
        title: t("title", { name }),
        description: t("description"),
        close: t("close"),
        cancel: t("cancel"),
        confirm: t("confirm"),
        errorTitle: t("errorTitle"),
      }}
      run={async () => {
        const result = await retireDeviceAction({ deviceId });
        return result.ok ? null : errorText(result);
      }}
      onDone={() => toast.success(t("done", { name }))}
    />
  );
}
