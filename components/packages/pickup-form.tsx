"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useId, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { pickUpPackageAction } from "@/server/actions/pick-up-package";
import { SignaturePad, type SignaturePadHandle } from "./signature-pad";
import { uploadPackageFile } from "./upload-package-file";

/**
 * Records a pickup at the desk: who takes it, and how it is checked: the recipient's PIN (typed: the keyboard
 * way), a signature drawn on the touch screen, or the name of the person a resident allowed (prefilled).
 */
export function PickupForm({
  id,
  recipientName,
  forPerson,
  allowedName,
}: {
  id: string;
  recipientName: string;
  /** addressed to one resident (then their name is the likely one), not to the whole unit */
  forPerson: boolean;
  /** someone a resident named to pick it up */
  allowedName?: string | null;
}) {
  const t = useTranslations("packages.pickup");
  const errorText = useErrorMessage(undefined, { validation: t("wrongPin") });
  const router = useRouter();
  const uid = useId();
  const pad = useRef<SignaturePadHandle>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const pickedUpBy = String(data.get("pickedUpBy") ?? "").trim();
    const pin = String(data.get("pin") ?? "").trim();
    startTransition(async () => {
      const drawn = pin ? null : await pad.current?.toBlob();
      let signatureKey: string | undefined;
      if (drawn) {
        signatureKey = (await uploadPackageFile("package_signature", drawn)) ?? undefined;
        if (!signatureKey) return setError(t("signatureFailed"));
      }
      const r = await pickUpPackageAction({ id, pickedUpBy, pin: pin || undefined, signatureKey });
      if (!r.ok) {
        return setError(
          r.fields?.pickedUpBy && allowedName ? t("notNamed", { name: allowedName }) : errorText(r),
        );
      }
      setError(null);
      router.refresh();
    });
  };
  return (
    <form onSubmit={submit} className="space-y-3" aria-label={t("label", { name: recipientName })}>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="space-y-1">
          <Label htmlFor={`${uid}-by`}>{t("by")}</Label>
          <Input
            id={`${uid}-by`}
            name="pickedUpBy"
            required
            defaultValue={allowedName ?? (forPerson ? recipientName : "")}
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
      </div>
      <SignaturePad ref={pad} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" size="md" variant="secondary" loading={pending}>
          {t("submit")}
        </Button>
        {error ? (
          <p role="alert" className="text-red-700 text-sm">
            {error}
          </p>
        ) : null}
      </div>
    </form>
  );
}
