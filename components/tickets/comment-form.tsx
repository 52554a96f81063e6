"use client";

import { Send } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/toast";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { commentOnTicketAction } from "@/server/actions/comment-on-ticket";

/** A comment at the end of the history; the page re-renders with it once the server has stored it. */
export function CommentForm({ ticketId, hint }: { ticketId: string; hint: string }) {
  const t = useTranslations("tickets.comment");
  const errorText = useErrorMessage("ticket");
  const router = useRouter();
  const [comment, setComment] = useState("");
  const [fieldError, setFieldError] = useState<string[] | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const onSubmit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    startTransition(async () => {
      const result = await commentOnTicketAction({ ticketId, comment });
      if (result.ok) {
        setComment("");
        setFieldError(undefined);
        setFormError(null);
        toast.success(t("sent"));
        router.refresh();
      } else if (result.code === "validation" && result.fields?.comment) {
        setFieldError([t("invalid")]);
      } else {
        setFormError(errorText(result));
      }
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormError message={formError} />
      <FormField label={t("label")} name="comment" hint={hint} error={fieldError}>
        <Textarea rows={3} maxLength={5000} value={comment} onChange={(e) => setComment(e.target.value)} />
      </FormField>
      <Button type="submit" loading={pending}>
        <Send aria-hidden="true" />
        {t("submit")}
      </Button>
    </form>
  );
}
