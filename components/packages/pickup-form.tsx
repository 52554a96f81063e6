"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useId, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { pickUpPackageAction } from "@/server/actions/pick-up-package";

/** Records a pickup at the desk: who takes it, and the recipient's PIN when they show it. */
export function PickupForm({
  id,
  recipientName,
  forPerson,
}: {
  id: string;
  recipientName: string;
  /** addressed to one resident (then their name is the likely one), not to the whole unit */
  forPerson: boolean;
}) {
  const t = useTranslations("packages.pickup");
  const errorText = useErrorMessage(undefined, { validation: t("wrongPin") });
  const router = useRouter();
  const uid = useId();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const pickedUpBy = String(data.get("pickedUpBy") ?? "").trim();
    const pin = String(data.get("pin") ?? "").trim();
    startTransition(async () => {
      const r = await pickUpPackageAction({ id, pickedUpBy, pin: pin || undefined });
      if (!r.ok) return setError(errorText(r));
      setError(null);
      router.refresh();
    });
  };
  return (
    <form
      onSubmit={submit}
      className="flex flex-col gap-2 sm:flex-row sm:items-end"
      aria-label={t("label", { name: recipientName })}
    >
      <div className="space-y-1">
        <Label htmlFor={`${uid}-by`}>{t("by")}</Label>
        <Input
          id={`${uid}-by`}
          name="pickedUpBy"
          required
          defaultValue={forPerson ? recipientName : ""}
          maxLength={120}
        />
      </div>
      <div className="space-y-1">
        <Label htmlFor={`${uid}-pin`}>{t("pin")}</Label>
        <Input
          id={`${uid}-pin`}
          name="pin"
          inputMode="numeric"
          pattern="\d{6}"
          maxLength={6}
          className="w-28"
        />
      </div>
      <Button type="submit" size="md" variant="secondary" loading={pending}>
        {t("submit")}
      </Button>
      {error ? (
        <p role="alert" className="text-red-700 text-sm">
          {error}
        </p>
      ) : null}
    </form>
  );
}
