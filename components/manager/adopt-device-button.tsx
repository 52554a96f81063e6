"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { adoptDiscoveredDeviceAction } from "@/server/actions/adopt-discovered-device";

/** Registers an announced device with its protocol and address in one step, then opens it in the registry. */
export function AdoptDeviceButton({
  protocol,
  addressKey,
  name,
}: {
  protocol: "zigbee2mqtt" | "shelly";
  addressKey: string;
  name: string;
}) {
  const t = useTranslations("discovery");
  const errorText = useErrorMessage();
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <Button
      size="sm"
      disabled={pending}
      aria-label={t("adoptLabel", { name })}
      onClick={() =>
        start(async () => {
          const result = await adoptDiscoveredDeviceAction({ protocol, addressKey });
          if (!result.ok) {
            toast.error(errorText(result));
            return;
          }
          toast.success(t("adopted", { name }));
          router.push(`/manager/devices/${result.data.id}`);
        })
      }
    >
      {pending ? t("adopting") : t("adopt")}
    </Button>
  );
}
