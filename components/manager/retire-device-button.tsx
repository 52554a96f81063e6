"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-error";
import { retireDeviceAction } from "@/server/actions/retire-device";
import { useManagerError } from "./use-manager-error";

/** Retiring asks first: the device stops taking commands and leaves staff lists. */
export function RetireDeviceButton({ deviceId, name }: { deviceId: string; name: string }) {
  const t = useTranslations("registry.retire");
  const errorText = useManagerError();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const retire = () =>
    startTransition(async () => {
      const result = await retireDeviceAction({ deviceId });
      if (!result.ok) return setError(errorText(result.code));
      setOpen(false);
      toast.success(t("done", { name }));
      router.refresh();
    });
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="danger">{t("button")}</Button>
      </DialogTrigger>
      <DialogContent title={t("title", { name })} description={t("description")} closeLabel={t("close")}>
        <FormError message={error} title={t("errorTitle")} />
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="secondary">{t("cancel")}</Button>
          </DialogClose>
          <Button variant="danger" onClick={retire} loading={pending}>
            {t("confirm")}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
