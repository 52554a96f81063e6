"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { checkOutMyStayAction } from "@/server/actions/check-out-my-stay";

/**
 * "Check out" on the guest's page (issue 17, item 7): asks first; the door code then comes off the locks. A
 * finished stay ends the guest's session, so the page then says the stay is over (`/stay?ended=1`).
 */
export function GuestCheckOut() {
  const t = useTranslations("guestStay.checkOut");
  const router = useRouter();
  const errorText = useErrorMessage("stay");
  return (
    <section
      aria-labelledby="guest-checkout-title"
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 id="guest-checkout-title" className="font-semibold text-lg text-slate-900">
        {t("title")}
      </h2>
      <p className="mt-1 mb-3 text-slate-700 text-sm">{t("body")}</p>
      <ConfirmActionButton
        labels={{
          button: t("button"),
          title: t("confirmTitle"),
          description: t("confirmBody"),
          close: t("cancel"),
          cancel: t("cancel"),
          confirm: t("confirm"),
          errorTitle: t("errorTitle"),
        }}
        run={async () => {
          const result = await checkOutMyStayAction({});
          return result.ok ? null : errorText(result);
        }}
        onDone={() => router.replace("/stay?ended=1")}
      />
    </section>
  );
}
