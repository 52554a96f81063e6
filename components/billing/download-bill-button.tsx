"use client";

import { Download } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";
import { billPdfLinkAction } from "@/server/actions/bill-pdf-link";

/** Asks for a fresh short-lived link when pressed (a link rendered into the page would expire while it is open). */
export function DownloadBillButton({ billId, label }: { billId: string; label: string }) {
  const t = useTranslations("billing.bills");
  const [pending, setPending] = useState(false);
  return (
    <Button
      type="button"
      size="sm"
      variant="secondary"
      loading={pending}
      aria-label={label}
      onClick={async () => {
        setPending(true);
        const result = await billPdfLinkAction({ id: billId });
        setPending(false);
        if (result.ok) window.location.assign(result.data.url);
        else toast.error(t("downloadFailed"));
      }}
    >
      <Download aria-hidden="true" />
      {t("downloadShort")}
    </Button>
  );
}
