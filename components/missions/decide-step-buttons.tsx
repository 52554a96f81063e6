"use client";

import { Check, X } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { decideMissionStepAction } from "@/server/actions/decide-mission-step";

/** Approve or decline one step; the page re-reads the mission afterwards (it may have run on or failed). */
export function DecideStepButtons({ missionId, stepId }: { missionId: string; stepId: string }) {
  const t = useTranslations("missions");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const errorText = useErrorMessage(undefined, {
    conflict: t("errors.conflict"),
    forbidden: t("errors.forbidden"),
  });
  const decide = (decision: "approve" | "decline") =>
    start(async () => {
      const res = await decideMissionStepAction({ missionId, stepId, decision });
      if (res.ok) {
        setError(null);
        toast.success(t(decision === "approve" ? "approvedToast" : "declinedToast"));
      } else {
        setError(errorText(res));
      }
      router.refresh();
    });
  return (
    <div className="mt-2 space-y-2">
      <div className="flex flex-wrap gap-2">
        <Button size="sm" onClick={() => decide("approve")} loading={pending} disabled={pending}>
          <Check aria-hidden="true" /> {t("approve")}
        </Button>
        <Button size="sm" variant="secondary" onClick={() => decide("decline")} disabled={pending}>
          <X aria-hidden="true" /> {t("decline")}
        </Button>
      </div>
      {error ? (
        <p role="alert" className="text-red-800 text-sm">
          {error}
        </p>
      ) : null}
    </div>
  );
}
