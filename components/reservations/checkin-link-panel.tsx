"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { reissueCheckinLinkAction } from "@/server/actions/reissue-checkin-link";
import { revokeCheckinLinkAction } from "@/server/actions/revoke-checkin-link";

/** Staff: re-issue the guest's link (shown once, optionally emailed) or revoke it. */
export function CheckinLinkPanel({ id, active }: { id: string; active: boolean }) {
  const t = useTranslations("reservations.link");
  const errorText = useErrorMessage("stay");
  const router = useRouter();
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const reissue = () =>
    start(async () => {
      setError(null);
      const r = await reissueCheckinLinkAction({ id, notify: true });
      if (!r.ok) return setError(errorText(r));
      setUrl(r.data.checkInUrl);
      setNotice(t("reissued"));
      router.refresh();
    });
  const revoke = () =>
    start(async () => {
      setError(null);
      const r = await revokeCheckinLinkAction({ id });
      if (!r.ok) return setError(errorText(r));
      setUrl(null);
      setNotice(t("revoked"));
      router.refresh();
    });
  return (
    <div className="space-y-3">
      <p className="text-slate-700 text-sm">{active ? t("active") : t("inactive")}</p>
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={reissue} loading={pending}>
          {t("reissue")}
        </Button>
        {active ? (
          <Button variant="secondary" onClick={revoke} disabled={pending}>
            {t("revoke")}
          </Button>
        ) : null}
      </div>
      <FormError message={error} />
      <div aria-live="polite">
        {notice ? (
          <Alert tone="success">
            <p>{notice}</p>
            {url ? <p className="mt-1 break-all">{url}</p> : null}
          </Alert>
        ) : null}
      </div>
    </div>
  );
}
