"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { useErrorMessage } from "@/components/ui/use-error-message";
import type { Guest } from "@/lib/domain/reservation";
import { confirmCheckinDetailsAction } from "@/server/actions/confirm-checkin-details";

/** Step 1: confirm or correct the guest's details and party size. */
export function DetailsStep({ guest, guestCount }: { guest: Guest; guestCount: number }) {
  const t = useTranslations("checkin.details");
  const errorText = useErrorMessage("stay");
  const router = useRouter();
  const [state, submit, pending] = useActionState(confirmCheckinDetailsAction, null);
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  const bad = (name: string, text: string) =>
    state && !state.ok && state.fields?.[name] ? [text] : undefined;
  return (
    <form action={submit} className="space-y-4">
      <FormError message={state && !state.ok ? errorText(state) : null} />
      <FormField label={t("name")} name="guestName" required error={bad("guest.name", t("nameInvalid"))}>
        <Input defaultValue={guest.name} autoComplete="name" maxLength={120} />
      </FormField>
      <FormField label={t("email")} name="guestEmail" required error={bad("guest.email", t("emailInvalid"))}>
        <Input type="email" defaultValue={guest.email} autoComplete="email" />
      </FormField>
      <FormField label={t("phone")} name="guestPhone" error={bad("guest.phone", t("phoneInvalid"))}>
        <Input type="tel" defaultValue={guest.phone ?? ""} autoComplete="tel" />
      </FormField>
      <FormField
        label={t("guestCount")}
        name="guestCount"
        required
        error={bad("guestCount", t("guestCountInvalid"))}
      >
        <Input type="number" min={1} defaultValue={guestCount} inputMode="numeric" />
      </FormField>
      <Button type="submit" size="lg" loading={pending} className="w-full sm:w-auto">
        {t("submit")}
      </Button>
    </form>
  );
}
