"use client";

import { Download } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";
import { ownerStatementPdfLinkAction } from "@/server/actions/owner-statement-pdf-link";

/** Asks for a fresh short-lived link when pressed (the PDF is rendered from the statement as it is now). */
export function DownloadStatementButton(props: { unitId: string; period: string; label: string }) {
  const t = useTranslations("ownerStatements.page");
  const [pending, setPending] = useState(false);
  return (
    <Button
      type="button"
      size="sm"
      variant="secondary"
      loading={pending}
      aria-label={props.label}
      onClick={async () => {
        setPending(true);
        const result = await ownerStatementPdfLinkAction({ unitId: props.unitId, period: props.period });
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
