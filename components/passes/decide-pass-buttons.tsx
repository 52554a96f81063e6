"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { decidePassAction } from "@/server/actions/decide-pass";

/** Staff: approve or decline a pass waiting for approval. */
export function DecidePassButtons({ id, name }: { id: string; name: string }) {
  const t = useTranslations("passes.decide");
  const errorText = useErrorMessage();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const decide = (approve: boolean) =>
    startTransition(async () => {
      const r = await decidePassAction({ id, approve });
      setError(r.ok ? null : errorText(r));
      router.refresh();
    });
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button
        size="sm"
        loading={pending}
        onClick={() => decide(true)}
        aria-label={`${t("approve")}: ${name}`}
      >
        {t("approve")}
      </Button>
      <Button
        size="sm"
        variant="secondary"
        disabled={pending}
        onClick={() => decide(false)}
        aria-label={`${t("decline")}: ${name}`}
      >
        {t("decline")}
      </Button>
      {error ? (
        <p role="alert" className="text-red-700 text-sm">
          {error}
        </p>
      ) : null}
    </div>
  );
}
