"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FieldErrors, FormField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { LinkButton } from "@/components/ui/link-button";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/toast";
import { useErrorMessage } from "@/components/ui/use-error-message";
import {
  MAX_TICKET_PHOTOS,
  TICKET_CATEGORIES,
  TICKET_DUE_HOURS,
  TICKET_PRIORITIES,
  type TicketCategory,
  type TicketPriority,
} from "@/lib/domain/ticket-constants";
import type { FieldErrors as Fields } from "@/lib/errors";
import { openTicketAction } from "@/server/actions/open-ticket";
import { PhotoPicker } from "./photo-picker";
import { usePhotoUploads } from "./use-photo-uploads";

export const COMMON_AREA = "common";
const FIELDS = ["title", "description", "category", "priority", "unitId", "location"] as const;
type Field = (typeof FIELDS)[number] | "photos";

export type TicketFormProps = {
  units: { id: string; number: string }[];
  /** the place chosen at first: a unit id or COMMON_AREA (default: the first unit, a resident's own) */
  defaultPlace?: string;
  /** where the new ticket's page is: `${detailBase}/${id}` */
  detailBase: string;
  cancelHref: string;
};

/**
 * Opening a ticket. Photos upload while the rest is filled in; the form sends their keys. Field problems come
 * back from the server (422 `fields`) and are shown under each field in the person's language.
 */
export function TicketForm({ units, defaultPlace, detailBase, cancelHref }: TicketFormProps) {
  const t = useTranslations("tickets.form");
  const category = useTranslations("ticketCategory");
  const priorityName = useTranslations("ticketPriority");
  const errorText = useErrorMessage("ticket");
  const router = useRouter();
  const photosId = useId().replace(/:/g, "");
  const uploads = usePhotoUploads({ max: MAX_TICKET_PHOTOS });
  const [pending, startTransition] = useTransition();
  const [fields, setFields] = useState<Partial<Record<Field, string[]>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitWhenReady, setSubmitWhenReady] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (!submitWhenReady || uploads.busy) return;
    setSubmitWhenReady(false);
    form.current?.requestSubmit();
  }, [submitWhenReady, uploads.busy]);

  const onSubmit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (uploads.busy) {
      // opened as soon as the photos are up (see the effect below), rather than refused
      setSubmitWhenReady(true);
      return;
    }
    if (uploads.failed) {
      setFields({ photos: [t("errors.photosFailed")] });
      return;
    }
    const data = new FormData(e.currentTarget);
    const text = (name: string) => String(data.get(name) ?? "");
    const unit = text("unitId");
    const location = text("location").trim();
    startTransition(async () => {
      const result = await openTicketAction({
        title: text("title"),
        description: text("description"),
        category: text("category") as TicketCategory,
        priority: text("priority") as TicketPriority,
        unitId: unit === COMMON_AREA || !unit ? null : unit,
        ...(location ? { location } : {}),
        photoKeys: uploads.keys,
      });
      if (result.ok) {
        setFields({});
        setFormError(null);
        toast.success(t("opened"));
        router.push(`${detailBase}/${result.data.id}`);
        return;
      }
      if (result.code === "validation" && result.fields) {
        const next = translateFields(result.fields);
        const refused = Object.keys(result.fields).flatMap((k) => {
          const i = /^photoKeys\.(\d+)$/.exec(k)?.[1];
          return i === undefined ? [] : [uploads.keys[Number(i)] ?? ""];
        });
        if (refused.length) uploads.markRefused(refused);
        setFields(next);
        setFormError(Object.keys(next).length ? null : errorText(result));
        if (form.current) focusFirstInvalid(form.current);
      } else {
        setFields({});
        setFormError(errorText(result));
      }
    });
  };

  const translateFields = (raw: Fields) => {
    const out: Partial<Record<Field, string[]>> = {};
    for (const key of Object.keys(raw)) {
      const field = key.startsWith("photoKeys") ? "photos" : key;
      if (field === "photos" || (FIELDS as readonly string[]).includes(field)) {
        out[field as Field] = [t(`errors.${field as Field}`)];
      }
    }
    return out;
  };

  const unitOptions = [
    ...units.map((u) => ({ value: u.id, label: t("unitOption", { number: u.number }) })),
    { value: COMMON_AREA, label: t("commonArea") },
  ];

  return (
    <form
      ref={form}
      onSubmit={onSubmit}
      noValidate
      className="space-y-5"
      aria-describedby={formError ? "ticket-form-error" : undefined}
    >
      <FormError id="ticket-form-error" title={t("errorTitle")} message={formError} />
      <FormField label={t("title")} name="title" required error={fields.title} hint={t("titleHint")}>
        <Input autoComplete="off" maxLength={140} enterKeyHint="next" />
      </FormField>
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField label={t("category")} name="category" required error={fields.category}>
          <Select
            defaultValue=""
            placeholder={t("categoryPlaceholder")}
            options={TICKET_CATEGORIES.map((c) => ({ value: c, label: category(c) }))}
          />
        </FormField>
        <FormField
          label={t("priority")}
          name="priority"
          required
          error={fields.priority}
          hint={t("priorityHint")}
        >
          <Select
            defaultValue="normal"
            options={TICKET_PRIORITIES.map((p) => ({
              value: p,
              label: t("priorityOption", { priority: priorityName(p), hours: TICKET_DUE_HOURS[p] }),
            }))}
          />
        </FormField>
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField label={t("place")} name="unitId" required error={fields.unitId}>
          <Select defaultValue={defaultPlace ?? units[0]?.id ?? COMMON_AREA} options={unitOptions} />
        </FormField>
        <FormField label={t("location")} name="location" error={fields.location} hint={t("locationHint")}>
          <Input autoComplete="off" maxLength={200} />
        </FormField>
      </div>
      <FormField
        label={t("description")}
        name="description"
        error={fields.description}
        hint={t("descriptionHint")}
      >
        <Textarea rows={5} maxLength={5000} />
      </FormField>
      <fieldset className="space-y-2" aria-describedby={fields.photos ? `${photosId}-error` : undefined}>
        <legend className="font-medium text-slate-900 text-sm">{t("photos")}</legend>
        <PhotoPicker uploads={uploads} room={MAX_TICKET_PHOTOS} id={photosId} disabled={pending} />
        <FieldErrors id={`${photosId}-error`} errors={fields.photos} />
      </fieldset>
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <LinkButton variant="secondary" size="lg" href={cancelHref}>
          {t("cancel")}
        </LinkButton>
        <Button
          type="submit"
          size="lg"
          loading={pending || submitWhenReady}
          aria-describedby={uploads.busy ? `${photosId}-busy` : undefined}
        >
          {t("submit")}
        </Button>
      </div>
      {uploads.busy ? (
        <p id={`${photosId}-busy`} className="text-right text-slate-600 text-sm">
          {submitWhenReady ? t("openWhenUploaded") : t("waitForPhotos")}
        </p>
      ) : null}
    </form>
  );
}

function focusFirstInvalid(form: HTMLFormElement) {
  requestAnimationFrame(() => form.querySelector<HTMLElement>("[aria-invalid=true]")?.focus());
}
