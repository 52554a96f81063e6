"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useId, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { allowPackagePickupAction } from "@/server/actions/allow-package-pickup";

/** A resident names who else may pick up their parcel (the desk checks the name), or removes the name. */
export function AllowPickupForm({ id, current }: { id: string; current: string | null }) {
  const t = useTranslations("packages.allow");
  const errorText = useErrorMessage();
  const router = useRouter();
  const uid = useId();
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const save = (name: string | null) =>
    startTransition(async () => {
      const r = await allowPackagePickupAction({ id, name });
      if (!r.ok) {
        setError(errorText(r));
        setMessage(null);
        return;
      }
      setError(null);
      setMessage(t("saved"));
      router.refresh();
    });
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const name = String(new FormData(e.currentTarget).get("allowedName") ?? "").trim();
    save(name || null);
  };
  return (
    <form onSubmit={submit} className="flex flex-col gap-2 sm:flex-row sm:items-end" aria-label={t("label")}>
      <div className="space-y-1">
        <Label htmlFor={`${uid}-name`}>{t("label")}</Label>
        <Input
          id={`${uid}-name`}
          name="allowedName"
          defaultValue={current ?? ""}
          maxLength={120}
          placeholder={t("name")}
          aria-describedby={`${uid}-hint`}
        />
        <p id={`${uid}-hint`} className="text-slate-600 text-sm">
          {t("hint")}
        </p>
      </div>
      <div className="flex gap-2">
        <Button type="submit" size="md" variant="secondary" loading={pending}>
          {t("save")}
        </Button>
        {current ? (
          <Button type="button" size="md" variant="ghost" onClick={() => save(null)}>
            {t("clear")}
          </Button>
        ) : null}
      </div>
      <p role="status" className="text-emerald-800 text-sm">
        {message}
      </p>
      {error ? (
        <p role="alert" className="text-red-700 text-sm">
          {error}
        </p>
      ) : null}
    </form>
  );
}
