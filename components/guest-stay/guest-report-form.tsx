"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, useTransition } from "react";
import { PhotoPicker } from "@/components/tickets/photo-picker";
import { usePhotoUploads } from "@/components/tickets/use-photo-uploads";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldErrors, FormField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { MAX_TICKET_PHOTOS, TICKET_CATEGORIES, type TicketCategory } from "@/lib/domain/ticket-constants";
import { openTicketAction } from "@/server/actions/open-ticket";

type Field = "title" | "description" | "category" | "photos";

/**
 * The guest's problem report (guest-report-on-demand.tsx loads it when the guest asks for it): a ticket for the
 * stay's unit (the server decides the unit: the guest's own stay, during it), with photos uploaded while the rest
 * is typed. On success the form is replaced by a confirmation the host will follow up; field problems show under
 * each field. Focus starts in the title, as the button that opened the form is gone.
 */
export function GuestReportForm() {
  const t = useTranslations("guestStay.report");
  const tf = useTranslations("tickets.form");
  const category = useTranslations("ticketCategory");
  const errorText = useErrorMessage("ticket");
  const photosId = useId().replace(/:/g, "");
  const uploads = usePhotoUploads({ max: MAX_TICKET_PHOTOS });
  const [pending, startTransition] = useTransition();
  const [fields, setFields] = useState<Partial<Record<Field, string[]>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const done = useRef<HTMLDivElement>(null);
  const first = useRef<HTMLInputElement>(null);

  useEffect(() => first.current?.focus(), []);
  useEffect(() => {
    if (sent) done.current?.focus();
  }, [sent]);

  const onSubmit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (uploads.busy) return setFields({ photos: [tf("waitForPhotos")] });
    if (uploads.failed) return setFields({ photos: [tf("errors.photosFailed")] });
    const data = new FormData(e.currentTarget);
    const text = (name: string) => String(data.get(name) ?? "");
    startTransition(async () => {
      const result = await openTicketAction({
        title: text("title"),
        description: text("description"),
        category: text("category") as TicketCategory,
        priority: "normal",
        photoKeys: uploads.keys,
      });
      if (result.ok) {
        setSent(true);
        return;
      }
      if (result.code === "validation" && result.fields) {
        const next: Partial<Record<Field, string[]>> = {};
        for (const key of Object.keys(result.fields)) {
          const f = key.startsWith("photoKeys") ? "photos" : key;
          if (f === "title" || f === "description" || f === "category" || f === "photos")
            next[f] = [tf(`errors.${f}`)];
        }
        setFields(next);
        setFormError(Object.keys(next).length ? null : errorText(result));
      } else setFormError(errorText(result));
    });
  };

  if (sent)
    return (
      <div ref={done} tabIndex={-1} className="mt-3 outline-none">
        <Alert tone="success" title={t("sentTitle")} data-testid="problem-sent">
          {t("sentBody")}
        </Alert>
      </div>
    );
  return (
    <form onSubmit={onSubmit} noValidate className="mt-3 space-y-4">
      <FormError title={tf("errorTitle")} message={formError} />
      <FormField label={tf("title")} name="title" required error={fields.title}>
        <Input ref={first} autoComplete="off" maxLength={140} />
      </FormField>
      <FormField label={tf("category")} name="category" required error={fields.category}>
        <Select
          defaultValue=""
          placeholder={tf("categoryPlaceholder")}
          options={TICKET_CATEGORIES.map((c) => ({ value: c, label: category(c) }))}
        />
      </FormField>
      <FormField label={tf("description")} name="description" error={fields.description}>
        <Textarea rows={4} maxLength={5000} />
      </FormField>
      <fieldset className="space-y-2" aria-describedby={fields.photos ? `${photosId}-error` : undefined}>
        <legend className="font-medium text-slate-900 text-sm">{tf("photos")}</legend>
        <PhotoPicker uploads={uploads} room={MAX_TICKET_PHOTOS} id={photosId} disabled={pending} />
        <FieldErrors id={`${photosId}-error`} errors={fields.photos} />
      </fieldset>
      <Button type="submit" size="lg" loading={pending} className="w-full sm:w-auto">
        {t("send")}
      </Button>
    </form>
  );
}
