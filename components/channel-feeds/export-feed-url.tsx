"use client";

import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { toast } from "@/components/ui/toast";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { issueExportFeedAction } from "@/server/actions/issue-export-feed";

/**
 * The unit's own calendar for the channels to import. Its secret is stored hashed, so the URL is shown once,
 * when issued (issuing again replaces the previous URL), with a copy button.
 */
export function ExportFeedUrl({ unitId }: { unitId: string }) {
  const t = useTranslations("channelFeeds.export");
  const errorText = useErrorMessage();
  const id = useId();
  const [url, setUrl] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const issue = () =>
    startTransition(async () => {
      const result = await issueExportFeedAction({ unitId });
      if (!result.ok) {
        toast.error(errorText(result));
        return;
      }
      setUrl(result.data.url);
    });
  const copy = async () => {
    if (!url) return;
    await navigator.clipboard.writeText(url).then(
      () => toast.success(t("copied")),
      () => toast.error(t("copyFailed")),
    );
  };
  return (
    <section className="space-y-2 border-slate-200 border-t pt-4" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="font-medium text-slate-900 text-sm">
        {t("title")}
      </h3>
      <p className="text-slate-600 text-sm">{t("description")}</p>
      {url ? (
        <div className="space-y-1">
          <Label htmlFor={id}>{t("url")}</Label>
          <div className="flex gap-2">
            <Input id={id} readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
            <Button type="button" variant="secondary" onClick={copy}>
              {t("copy")}
            </Button>
          </div>
          <p className="text-slate-600 text-xs">{t("onceOnly")}</p>
        </div>
      ) : null}
      <Button type="button" variant="secondary" onClick={issue} loading={pending}>
        {url ? t("reissue") : t("issue")}
      </Button>
    </section>
  );
}
