"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useId, useRef, useState } from "react";
import { postToS3, UploadError } from "@/components/tickets/upload-to-s3";
import { Button } from "@/components/ui/button";
import { FieldErrors, FormField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toast";
import { AUDIENCES, type Audience } from "@/lib/domain/knowledge-document-constants";
import { createKnowledgeDocumentAction } from "@/server/actions/create-knowledge-document";
import { createKnowledgeUploadAction } from "@/server/actions/create-knowledge-upload";
import { KNOWLEDGE_ACCEPT, KNOWLEDGE_MAX_BYTES, knowledgeFileKind } from "./knowledge-file";

type Errors = Partial<Record<"title" | "audience" | "file", string[]>>;
type Step = { kind: "idle" } | { kind: "uploading"; percent: number } | { kind: "adding" };

/**
 * Adds a document: a title, who may read answers drawn from it, and a Markdown, text or PDF file (at most
 * 10 MB). The file goes straight to S3 through a presigned POST (with progress), then the server verifies it,
 * stores the document and indexes it in the background; the list shows its status.
 */
export function KnowledgeUploadForm() {
  const t = useTranslations("knowledge.form");
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [step, setStep] = useState<Step>({ kind: "idle" });
  const audienceId = useId();
  const pending = step.kind !== "idle";

  async function submit(title: string, audience: Audience[], file: File) {
    const kind = knowledgeFileKind(file);
    if (!kind) return;
    const fail = (fields: Errors, message: string) => {
      setErrors(fields);
      setFormError(message);
    };
    const signed = await createKnowledgeUploadAction({
      contentType: kind.contentType,
      size: file.size,
    }).catch(() => null);
    if (!signed?.ok) {
      return signed?.code === "validation"
        ? fail({ file: [t("errors.fileType")] }, t("errors.validation"))
        : fail({}, t("errors.failed"));
    }
    setStep({ kind: "uploading", percent: 0 });
    const upload = postToS3(signed.data, file, (f) =>
      setStep({ kind: "uploading", percent: Math.round(f * 100) }),
    );
    try {
      await upload.done;
    } catch (e) {
      const refused = e instanceof UploadError && e.reason === "refused";
      return fail(refused ? { file: [t("errors.fileRefused")] } : {}, t("errors.uploadFailed"));
    }
    setStep({ kind: "adding" });
    const result = await createKnowledgeDocumentAction({
      title,
      audience,
      format: kind.format,
      s3Key: signed.data.key,
    });
    if (!result.ok) {
      const f = result.fields ?? {};
      return fail(
        {
          title: f.title ? [t("errors.title")] : undefined,
          audience: f.audience ? [t("errors.audience")] : undefined,
          file: f.s3Key || f.format ? [t("errors.fileRefused")] : undefined,
        },
        result.code === "validation" ? t("errors.validation") : t("errors.failed"),
      );
    }
    toast.success(t("added", { title }));
    formRef.current?.reset();
    router.refresh();
  }

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (pending) return;
    const form = new FormData(e.currentTarget);
    const title = String(form.get("title") ?? "").trim();
    const audience = form.getAll("audience").map(String) as Audience[];
    const file = form.get("file");
    const next: Errors = {};
    if (!title) next.title = [t("errors.title")];
    if (audience.length === 0) next.audience = [t("errors.audience")];
    if (!(file instanceof File) || file.size === 0) next.file = [t("errors.file")];
    else if (!knowledgeFileKind(file)) next.file = [t("errors.fileType")];
    else if (file.size > KNOWLEDGE_MAX_BYTES) next.file = [t("errors.fileSize")];
    setErrors(next);
    setFormError(null);
    if (Object.keys(next).length > 0 || !(file instanceof File)) return;
    submit(title, audience, file)
      .catch(() => setFormError(t("errors.failed")))
      .finally(() => setStep({ kind: "idle" }));
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
        <Input type="file" accept={KNOWLEDGE_ACCEPT} className="h-auto py-2" />
      </FormField>
      {step.kind === "uploading" ? (
        <div className="space-y-1">
          <progress
            className="h-2 w-full overflow-hidden rounded [&::-webkit-progress-bar]:bg-slate-200 [&::-webkit-progress-value]:bg-brand-600"
            max={100}
            value={step.percent}
            aria-label={t("progressLabel")}
          />
          <p className="text-slate-600 text-xs">{t("uploading", { percent: step.percent })}</p>
        </div>
      ) : null}
      <p className="sr-only" aria-live="polite">
        {step.kind === "adding" ? t("adding") : ""}
      </p>
      <Button type="submit" loading={pending}>
        {step.kind === "uploading"
          ? t("uploading", { percent: step.percent })
          : pending
            ? t("adding")
            : t("submit")}
      </Button>
    </form>
  );
}
