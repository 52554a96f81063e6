"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-error";
import { cancelReservationAction } from "@/server/actions/cancel-reservation";
import { useReservationError } from "./use-reservation-error";

/** Cancel with a confirmation dialog; the page re-reads the stay after. */
export function CancelStayButton({ id, summary }: { id: string; summary: string }) {
  const t = useTranslations("reservations.cancel");
  const errorText = useReservationError();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const confirm = () =>
    start(async () => {
      const r = await cancelReservationAction({ id });
      if (!r.ok) return setError(errorText(r.code, r.message));
      setOpen(false);
      router.refresh();
    });
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="danger">{t("button")}</Button>
      </DialogTrigger>
      <DialogContent title={t("title")} description={t("description", { summary })} closeLabel={t("close")}>
        <FormError message={error} />
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="secondary">{t("keep")}</Button>
          </DialogClose>
          <Button variant="danger" loading={pending} onClick={confirm}>
            {t("confirm")}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
