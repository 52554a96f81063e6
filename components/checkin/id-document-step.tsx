"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Upload } from "@/components/guest-stay/guest-icons";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { sendForm } from "@/components/ui/send-form";
import { useErrorMessage } from "@/components/ui/use-error-message";
import {
  ID_DOCUMENT_MAX_BYTES,
  ID_DOCUMENT_TYPES,
  type IdDocumentType,
} from "@/lib/domain/checkin-constants";
import { presignIdDocumentAction } from "@/server/actions/presign-id-document";
import { recordIdDocumentAction } from "@/server/actions/record-id-document";
import { postToS3 } from "./post-to-s3";

type Phase = "idle" | "uploading" | "checking";

/**
 * Step 2: a photo or scan of an ID, sent from the browser straight to storage, then checked by the server. The
 * file is read from the form when it is sent (sendForm), not kept from the input's change event: the step can be
 * on screen before its script has run, and a file chosen then would be missed.
 */
export function IdDocumentStep() {
  const t = useTranslations("checkin.document");
  const errorText = useErrorMessage("stay");
  const router = useRouter();
  const statusId = useId();
  const [phase, setPhase] = useState<Phase>("idle");
  const [percent, setPercent] = useState(0);
  const [error, setError] = useState<string | null>(null);

  const upload = async (form: FormData) => {
    setError(null);
    const file = form.get("document");
    // with no file chosen the browser still sends the field: an empty file without a name
    if (!(file instanceof File) || (!file.name && file.size === 0)) return setError(t("choose"));
    if (!ID_DOCUMENT_TYPES.includes(file.type as IdDocumentType)) return setError(t("badType"));
    if (file.size > ID_DOCUMENT_MAX_BYTES) return setError(t("tooBig"));
    setPhase("uploading");
    setPercent(0);
    const signed = await presignIdDocumentAction({
      contentType: file.type as IdDocumentType,
      size: file.size,
    });
    if (!signed.ok) {
      setPhase("idle");
      return setError(errorText(signed));
    }
    try {
      await postToS3(signed.data, file, (f) => setPercent(Math.round(f * 100)));
    } catch {
      setPhase("idle");
      return setError(t("uploadFailed"));
    }
    setPhase("checking");
    const recorded = await recordIdDocumentAction({ key: signed.data.key });
    setPhase("idle");
    if (!recorded.ok) return setError(t("checkFailed"));
    router.refresh();
  };

  const busy = phase !== "idle";
  return (
    <form {...sendForm(upload)} className="space-y-4">
      <p className="text-slate-700 text-sm">{t("why")}</p>
      <FormField label={t("file")} name="document" hint={t("fileHint")}>
        <Input
          type="file"
          accept={ID_DOCUMENT_TYPES.join(",")}
          capture="environment"
          disabled={busy}
          className="h-auto py-2"
        />
      </FormField>
      <FormError message={error} />
      <div id={statusId} role="status" aria-live="polite" className="text-slate-700 text-sm">
        {phase === "uploading" ? (
          <div className="space-y-1">
            <progress max={100} value={percent} className="w-full" aria-label={t("progressLabel")} />
            <span>{t("uploading", { percent })}</span>
          </div>
        ) : phase === "checking" ? (
          t("checking")
        ) : null}
      </div>
      <Button type="submit" size="lg" loading={busy} className="w-full sm:w-auto">
        <Upload aria-hidden="true" />
        {t("submit")}
      </Button>
    </form>
  );
}
