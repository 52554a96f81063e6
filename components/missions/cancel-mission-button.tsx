"use client";

import { X } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { cancelMissionAction } from "@/server/actions/cancel-mission";

/** Calls off a mission not yet run (a scheduled unlock, a step waiting for approval). */
export function CancelMissionButton({ missionId }: { missionId: string }) {
  const t = useTranslations("missions");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const errorText = useErrorMessage(undefined, { conflict: t("cancelError") });
  const cancel = () =>
    start(async () => {
      const res = await cancelMissionAction({ missionId });
      if (res.ok) {
        setError(null);
        toast.success(t("cancelledToast"));
      } else setError(errorText(res));
      router.refresh();
    });
  return (
    <div className="space-y-1">
      <Button size="sm" variant="secondary" onClick={cancel} loading={pending} disabled={pending}>
        <X aria-hidden="true" /> {t("cancel")}
      </Button>
      {error ? (
        <p role="alert" className="text-red-800 text-sm">
          {error}
        </p>
      ) : null}
    </div>
  );
}
