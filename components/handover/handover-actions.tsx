"use client";

import { Hand, Send, Undo2, UserRoundCheck } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useId, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/toast";
import { useErrorMessage } from "@/components/ui/use-error-message";
import type { HandoverStatus } from "@/lib/domain/handover";
import { claimHandoverAction, handBackAction, replyHandoverAction } from "@/server/actions/handover-actions";

/** Take it, reply into the asker's chat, hand it back; the page re-reads the thread after each. */
export function HandoverActions({
  handoverId,
  status,
  mine,
  assignees,
  assigneeId,
}: {
  handoverId: string;
  status: HandoverStatus;
  mine: boolean;
  /** the building's staff and managers it can be given to */
  assignees: { id: string; name: string }[];
  assigneeId: string | null;
}) {
  const t = useTranslations("handover");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const errorText = useErrorMessage(undefined, { conflict: t("errors.conflict") });
  const replyId = useId();
  const assignId = useId();
  const [assignTo, setAssignTo] = useState(assigneeId ?? "");
  const run = (fn: () => Promise<{ ok: boolean } & object>, done: string, after?: () => void) =>
    start(async () => {
      const res = await fn();
      if (res.ok) {
        setError(null);
        toast.success(done);
        after?.();
      } else setError(errorText(res as unknown as Parameters<typeof errorText>[0]));
      router.refresh();
    });
  if (status === "closed") return null;
  const onReply = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    run(
      () => replyHandoverAction({ handoverId, text }),
      t("sent"),
      () => setText(""),
    );
  };
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        {!mine ? (
          <Button
            size="sm"
            onClick={() => run(() => claimHandoverAction({ handoverId }), t("claimed"))}
            disabled={pending}
          >
            <Hand aria-hidden="true" /> {t("claim")}
          </Button>
        ) : null}
        <Button
          size="sm"
          variant="secondary"
          onClick={() => run(() => handBackAction({ handoverId }), t("handedBack"))}
          disabled={pending}
        >
          <Undo2 aria-hidden="true" /> {t("handBack")}
        </Button>
      </div>
      {assignees.length ? (
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            if (!assignTo) return;
            run(() => claimHandoverAction({ handoverId, assigneeId: assignTo }), t("assigned"));
          }}
        >
          <div className="min-w-48 space-y-1">
            <Label htmlFor={assignId}>{t("assign")}</Label>
            <Select
              id={assignId}
              value={assignTo}
              onChange={(e) => setAssignTo(e.target.value)}
              placeholder="—"
              options={assignees.map((a) => ({ value: a.id, label: a.name }))}
            />
          </div>
          <Button
            type="submit"
            size="sm"
            variant="secondary"
            disabled={pending || !assignTo || assignTo === assigneeId}
          >
            <UserRoundCheck aria-hidden="true" /> {t("assignSubmit")}
          </Button>
        </form>
      ) : null}
      <form onSubmit={onReply} className="space-y-2">
        <Label htmlFor={replyId}>{t("replyLabel")}</Label>
        <Textarea
          id={replyId}
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={3}
          maxLength={4000}
          aria-describedby={`${replyId}-hint`}
        />
        <p id={`${replyId}-hint`} className="text-slate-600 text-xs">
          {t("replyHint")}
        </p>
        <Button type="submit" size="sm" loading={pending} disabled={pending || !text.trim()}>
          <Send aria-hidden="true" /> {t("send")}
        </Button>
      </form>
      {error ? (
        <p role="alert" className="text-red-800 text-sm">
          {error}
        </p>
      ) : null}
    </div>
  );
}
