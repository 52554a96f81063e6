"use client";

import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";
import { retireDeviceAction } from "@/server/actions/retire-device";
import { useManagerError } from "./use-manager-error";

/** Retiring asks first: the device stops taking commands and leaves staff lists. */
export function RetireDeviceButton({ deviceId, name }: { deviceId: string; name: string }) {
  const t = useTranslations("registry.retire");
  const errorText = useManagerError();
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
        return result.ok ? null : errorText(result.code);
      }}
      onDone={() => toast.success(t("done", { name }))}
    />
  );
}
