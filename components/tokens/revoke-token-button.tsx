"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";
import { revokeApiTokenAction } from "@/server/actions/revoke-api-token";

export function RevokeTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  const t = useTranslations("tokens");
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <Button
      size="sm"
      variant="danger"
      loading={pending}
      aria-label={t("revokeNamed", { name })}
      onClick={() =>
        start(async () => {
          if (!window.confirm(t("revokeConfirm", { name }))) return;
          const r = await revokeApiTokenAction({ tokenId });
          if (r.ok) {
            toast.success(t("revoked"));
            router.refresh();
          } else toast.error(t("revokeFailed"));
        })
      }
    >
      {t("revoke")}
    </Button>
  );
}
