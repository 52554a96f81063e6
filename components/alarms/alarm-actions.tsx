"use client";

import { Check, CheckCheck } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toast";
import { useErrorMessage } from "@/components/ui/use-error-message";
import type { AlarmDTO, AlarmStatus } from "@/lib/domain/alarm";
import { changeAlarmAction } from "@/server/actions/change-alarm";

/** A note, then acknowledge (while active) or clear; the list updates from the live stream and the answer. */
export function AlarmActions({
  alarmId,
  status,
  onChanged,
}: {
  alarmId: string;
  status: AlarmStatus;
  onChanged: (alarm: AlarmDTO) => void;
}) {
  const t = useTranslations("alarms");
  const noteId = useId();
  const [note, setNote] = useState("");
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const errorText = useErrorMessage();
  const run = (action: "acknowledge" | "clear") =>
    start(async () => {
      const res = await changeAlarmAction({ alarmId, action, note: note || undefined });
      if (res.ok) {
        setError(null);
        setNote("");
        toast.success(t(action === "acknowledge" ? "acknowledgedToast" : "clearedToast"));
        onChanged(res.data.alarm);
      } else setError(errorText(res));
    });
  return (
    <div className="mt-3 flex flex-col gap-2 sm:flex-row sm:items-end">
      <div className="flex-1">
        <label htmlFor={noteId} className="block font-medium text-slate-700 text-xs">
          {t("note")}
        </label>
        <Input id={noteId} value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
      </div>
      <div className="flex gap-2">
        {status === "active" ? (
          <Button size="sm" onClick={() => run("acknowledge")} loading={pending} disabled={pending}>
            <Check aria-hidden="true" /> {t("acknowledge")}
          </Button>
        ) : null}
        <Button size="sm" variant="secondary" onClick={() => run("clear")} disabled={pending}>
          <CheckCheck aria-hidden="true" /> {t("clear")}
        </Button>
      </div>
      {error ? (
        <p role="alert" className="text-red-700 text-sm">
          {error}
        </p>
      ) : null}
    </div>
  );
}
