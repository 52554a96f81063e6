"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useId, useRef, useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { FieldErrors, FormField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { AUDIENCES, type Audience } from "@/lib/domain/knowledge-document";
import { createKnowledgeDocumentAction } from "@/server/actions/create-knowledge-document";

const MAX_BYTES = 100_000;
type Errors = Partial<Record<"title" | "audience" | "file", string[]>>;

/**
 * Adds a document: a title, who may read answers drawn from it, and a Markdown or plain-text file that the
 * browser reads and sends as text (at most 100 kB). The server validates again and indexes it in the background.
 */
export function KnowledgeUploadForm() {
  const t = useTranslations("knowledge.form");
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const audienceId = useId();

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const title = String(form.get("title") ?? "").trim();
    const audience = form.getAll("audience").map(String) as Audience[];
    const file = form.get("file");
    const next: Errors = {};
    if (!title) next.title = [t("errors.title")];
    if (audience.length === 0) next.audience = [t("errors.audience")];
    if (!(file instanceof File) || file.size === 0) next.file = [t("errors.file")];
    else if (!/\.(md|markdown|txt)$/i.test(file.name)) next.file = [t("errors.fileType")];
    else if (file.size > MAX_BYTES) next.file = [t("errors.fileSize")];
    setErrors(next);
    setFormError(null);
    if (Object.keys(next).length > 0 || !(file instanceof File)) return;
    startTransition(async () => {
      const text = await file.text();
      const format = /\.txt$/i.test(file.name) ? "text" : "markdown";
      const result = await createKnowledgeDocumentAction({ title, audience, format, text });
      if (!result.ok) {
        const f = result.fields ?? {};
        setErrors({
          title: f.title ? [t("errors.title")] : undefined,
          audience: f.audience ? [t("errors.audience")] : undefined,
          file: f.text || f.format || f.s3Key ? [t("errors.file")] : undefined,
        });
        setFormError(result.code === "validation" ? t("errors.validation") : t("errors.failed"));
        return;
      }
      toast.success(t("added", { title }));
      formRef.current?.reset();
      router.refresh();
    });
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-4" aria-busy={pending}>
      {formError ? <FormError message={formError} /> : null}
      <FormField label={t("title")} name="title" required error={errors.title}>
        <Input maxLength={200} autoComplete="off" />
      </FormField>
      <fieldset className="space-y-2" aria-describedby={errors.audience ? `${audienceId}-error` : undefined}>
        <legend className="font-medium text-slate-900 text-sm">{t("audience")}</legend>
        <p className="text-slate-600 text-sm">{t("audienceHint")}</p>
        <div className="flex flex-wrap gap-4">
          {AUDIENCES.map((a) => (
            <label key={a} className="flex min-h-10 items-center gap-2 text-slate-900 text-sm">
              <input
                type="checkbox"
                name="audience"
                value={a}
                defaultChecked={a !== "staff"}
                className="size-4 rounded border-slate-300 text-brand-600 focus-visible:outline-2 focus-visible:outline-brand-600"
              />
              {t(`audiences.${a}`)}
            </label>
          ))}
        </div>
        <FieldErrors id={`${audienceId}-error`} errors={errors.audience} />
      </fieldset>
      <FormField label={t("file")} name="file" required hint={t("fileHint")} error={errors.file}>
        <Input type="file" accept=".md,.markdown,.txt,text/markdown,text/plain" className="h-auto py-2" />
      </FormField>
      <Button type="submit" loading={pending}>
        {pending ? t("adding") : t("submit")}
      </Button>
    </form>
  );
}
