"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { toast } from "@/components/ui/toast";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { addTicketPhotosAction } from "@/server/actions/add-ticket-photos";
import { PhotoPicker } from "./photo-picker";
import { usePhotoUploads } from "./use-photo-uploads";

/** More photos for an existing ticket: they upload as they are picked, then are attached together. */
export function AddPhotosForm({ ticketId, room }: { ticketId: string; room: number }) {
  const t = useTranslations("tickets.addPhotos");
  const errorText = useErrorMessage("ticket");
  const router = useRouter();
  const id = useId().replace(/:/g, "");
  const uploads = usePhotoUploads({ max: room });
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const count = uploads.keys.length;

  const attach = () => {
    startTransition(async () => {
      const result = await addTicketPhotosAction({ ticketId, photoKeys: uploads.keys });
      if (result.ok) {
        setFormError(null);
        uploads.clear();
        toast.success(t("added", { count }));
        router.refresh();
        return;
      }
      const refused = Object.keys(result.fields ?? {}).flatMap((k) => {
        const i = /^photoKeys\.(\d+)$/.exec(k)?.[1];
        return i === undefined ? [] : [uploads.keys[Number(i)] ?? ""];
      });
      if (refused.length) uploads.markRefused(refused);
      setFormError(refused.length ? t("refused") : errorText(result));
    });
  };

  if (room <= 0) return <p className="text-slate-600 text-sm">{t("full")}</p>;
  return (
    <div className="space-y-3">
      <FormError message={formError} />
      <PhotoPicker uploads={uploads} room={room} id={id} disabled={pending} />
      {uploads.items.length ? (
        <Button onClick={attach} loading={pending} disabled={count === 0 || uploads.busy}>
          {t("submit", { count })}
        </Button>
      ) : null}
    </div>
  );
}
