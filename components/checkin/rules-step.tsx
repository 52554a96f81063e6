"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { sendForm } from "@/components/ui/send-form";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { acceptHouseRulesAction } from "@/server/actions/accept-house-rules";

/**
 * Step 3: read the house rules and accept them; the version shown is the version recorded. The box is read from
 * the form when it is sent (sendForm): ticked before the step's script has run, it still counts.
 */
export function RulesStep({ rules }: { rules: { title: string; text: string; version: string } }) {
  const t = useTranslations("checkin.rules");
  // a conflict here means the stay changed under the guest (another step, or staff): the step says so itself
  const errorText = useErrorMessage("stay", { conflict: t("changed") });
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const accept = (data: FormData) =>
    start(async () => {
      setError(null);
      if (!data.get("agree")) return setError(t("mustAgree"));
      const r = await acceptHouseRulesAction({ version: rules.version });
      if (!r.ok) return setError(errorText(r));
      router.refresh();
    });
  return (
    <form {...sendForm(accept)} className="space-y-4">
      <section aria-labelledby="rules-title" className="rounded-md border border-slate-200 bg-slate-50 p-4">
        <h3 id="rules-title" className="font-semibold text-slate-900">
          {rules.title}
        </h3>
        <p className="mt-2 whitespace-pre-line text-slate-800 text-sm">{rules.text}</p>
      </section>
      <label className="flex items-start gap-3 text-slate-900">
        <input type="checkbox" name="agree" className="mt-1 size-5 accent-brand-600" />
        <span>{t("agree")}</span>
      </label>
      <FormError message={error} />
      <Button type="submit" size="lg" loading={pending} className="w-full sm:w-auto">
        {t("submit")}
      </Button>
    </form>
  );
}
