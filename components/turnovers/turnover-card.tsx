"use client";

import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { PhotoPicker } from "@/components/tickets/photo-picker";
import { usePhotoUploads } from "@/components/tickets/use-photo-uploads";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { useErrorMessage } from "@/components/ui/use-error-message";
import type { ChecklistItem, CleanerTurnoverPatch, TurnoverDTO } from "@/lib/domain/turnover";
import { cleanerTurnoverAction, cleanerUploadAction } from "@/server/actions/cleaner-turnover";
import { updateTurnoverAction } from "@/server/actions/update-turnover";

export type TurnoverMode =
  | { kind: "staff"; staff: { id: string; name: string }[] }
  | { kind: "cleaner"; token: string };
type View = Pick<
  TurnoverDTO,
  | "id"
  | "status"
  | "checklist"
  | "access"
  | "validFrom"
  | "validUntil"
  | "readyAt"
  | "unitNumber"
  | "guestName"
> & { assignee?: TurnoverDTO["assignee"] };

const TONE = { open: "neutral", in_progress: "info", ready: "success", cancelled: "danger" } as const;

/**
 * One turnover, for staff (assign, and everything below) and for the outside cleaner's link page: the window, the
 * cleaning code, the checklist (tick, photos, report a damaged or missing item: a ticket), and "unit is ready".
 */
export function TurnoverCard({
  turnover: t,
  mode,
  timeZone,
}: {
  turnover: View;
  mode: TurnoverMode;
  timeZone: string;
}) {
  const tr = useTranslations("turnovers");
  const format = useFormatter();
  const errorText = useErrorMessage();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [link, setLink] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const open = t.status === "open" || t.status === "in_progress";
  const time = (iso: string) =>
    format.dateTime(new Date(iso), { timeStyle: "short", dateStyle: "medium", timeZone });

  const send = (change: CleanerTurnoverPatch & { assignee?: unknown }) =>
    start(async () => {
      setError(null);
      setNotice(null);
      const r =
        mode.kind === "staff"
          ? await updateTurnoverAction({ id: t.id, change: change as never })
          : await cleanerTurnoverAction({ token: mode.token, change });
      if (!r.ok) return setError(errorText(r));
      if ("cleanerUrl" in r.data && r.data.cleanerUrl) setLink(r.data.cleanerUrl);
      setNotice(tr("saved"));
      router.refresh();
    });

  return (
    <article
      aria-labelledby={`turnover-${t.id}`}
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      data-testid="turnover"
    >
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`turnover-${t.id}`} className="font-semibold text-lg text-slate-900">
          {t.unitNumber ? tr("unit", { number: t.unitNumber }) : tr("checklist")}
        </h2>
        <Badge tone={TONE[t.status]}>{tr(`status.${t.status}`)}</Badge>
      </header>
      <div className="space-y-1 text-slate-700 text-sm">
        <p>{tr("window", { from: time(t.validFrom), until: time(t.validUntil) })}</p>
        {t.guestName ? <p>{tr("departing", { guest: t.guestName })}</p> : null}
        {mode.kind === "staff" ? (
          <p>
            {tr("assignee")}: {t.assignee?.name ?? tr("nobody")}
          </p>
        ) : null}
        <p className="font-medium text-slate-900" data-testid="turnover-code">
          {t.access ? (t.access.active ? tr("code", { pin: t.access.pin }) : tr("codeEnded")) : tr("noCode")}
        </p>
        {t.readyAt ? <p>{tr("readyAt", { time: time(t.readyAt) })}</p> : null}
      </div>

      {mode.kind === "staff" && open ? (
        <AssignForm staff={mode.staff} disabled={pending} onAssign={(assignee) => send({ assignee })} />
      ) : null}
      {link ? (
        <Alert tone="success">
          <p>{tr("linkOnce")}</p>
          <p className="mt-1 break-all" data-testid="cleaner-link">
            {link}
          </p>
        </Alert>
      ) : null}

      <section aria-label={tr("checklist")} className="space-y-2">
        <h3 className="font-medium text-slate-900">{tr("checklist")}</h3>
        <ul className="space-y-3">
          {t.checklist.map((item, index) => (
            <ChecklistRow
              key={item.item}
              item={item}
              index={index}
              open={open}
              busy={pending}
              mode={mode}
              onChange={(p) => send({ items: [{ index, ...p }] })}
            />
          ))}
        </ul>
      </section>

      <FormError message={error} />
      <div aria-live="polite" className="text-emerald-800 text-sm">
        {notice}
      </div>
      {open ? (
        <Button
          size="lg"
          onClick={() => send({ status: "ready" })}
          loading={pending}
          className="w-full sm:w-auto"
        >
          {tr("markReady")}
        </Button>
      ) : null}
    </article>
  );
}

function AssignForm({
  staff,
  disabled,
  onAssign,
}: {
  staff: { id: string; name: string }[];
  disabled: boolean;
  onAssign: (a: { kind: "staff"; userId: string } | { kind: "outside"; name: string }) => void;
}) {
  const tr = useTranslations("turnovers");
  const [userId, setUserId] = useState("");
  const [name, setName] = useState("");
  return (
    <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
      <legend className="px-1 font-medium text-slate-900 text-sm">{tr("assignTitle")}</legend>
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField label={tr("staffMember")} name="userId">
          <Select value={userId} onChange={(e) => setUserId(e.target.value)}>
            <option value="">—</option>
            {staff.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField label={tr("outsideName")} name="outsideName">
          <Input value={name} onChange={(e) => setName(e.target.value)} maxLength={120} autoComplete="off" />
        </FormField>
      </div>
      <Button
        variant="secondary"
        disabled={disabled || (!userId && !name.trim())}
        onClick={() => onAssign(userId ? { kind: "staff", userId } : { kind: "outside", name: name.trim() })}
      >
        {tr("assign")}
      </Button>
    </fieldset>
  );
}

function ChecklistRow({
  item,
  index,
  open,
  busy,
  mode,
  onChange,
}: {
  item: ChecklistItem;
  index: number;
  open: boolean;
  busy: boolean;
  mode: TurnoverMode;
  onChange: (p: Omit<NonNullable<CleanerTurnoverPatch["items"]>[number], "index">) => void;
}) {
  const tr = useTranslations("turnovers");
  const id = useId();
  const [kind, setKind] = useState<"damaged" | "missing">("damaged");
  const [note, setNote] = useState("");
  // ticked at once (the saved list follows with the refresh): a controlled box that waits would not move
  const [done, setDone] = useState(item.done);
  const uploads = usePhotoUploads({
    max: 5 - item.photoKeys.length,
    sign:
      mode.kind === "cleaner" ? (input) => cleanerUploadAction({ ...input, token: mode.token }) : undefined,
  });
  const uploaded = uploads.items.filter((p) => p.status === "done" && p.key).map((p) => p.key as string);
  return (
    <li className="rounded-md border border-slate-200 p-3">
      <label className="flex min-h-11 items-center gap-3 text-slate-900">
        <input
          type="checkbox"
          className="size-5"
          checked={done}
          disabled={!open || busy}
          onChange={(e) => {
            setDone(e.target.checked);
            onChange({ done: e.target.checked });
          }}
        />
        {item.item}
      </label>
      {item.problem ? (
        <p className="mt-1 text-amber-800 text-sm">
          {tr("problemReported", { kind: tr(`kinds.${item.problem.kind}`) })} — {item.problem.note}
        </p>
      ) : null}
      {item.photoKeys.length ? (
        <p className="mt-1 text-slate-600 text-sm">{tr("photos", { count: item.photoKeys.length })}</p>
      ) : null}
      {open ? (
        <details className="mt-2">
          <summary className="cursor-pointer text-brand-700 text-sm">{tr("problem")}</summary>
          <div className="mt-2 space-y-3">
            {item.problem ? null : (
              <>
                <FormField label={tr("problemKind")} name={`kind-${index}`}>
                  <Select value={kind} onChange={(e) => setKind(e.target.value as "damaged" | "missing")}>
                    <option value="damaged">{tr("kinds.damaged")}</option>
                    <option value="missing">{tr("kinds.missing")}</option>
                  </Select>
                </FormField>
                <FormField label={tr("problemNote")} name={`note-${index}`}>
                  <Textarea value={note} onChange={(e) => setNote(e.target.value)} rows={2} maxLength={500} />
                </FormField>
                <Button
                  variant="secondary"
                  disabled={busy || !note.trim()}
                  onClick={() => onChange({ problem: { kind, note: note.trim() } })}
                >
                  {tr("sendProblem")}
                </Button>
              </>
            )}
            <PhotoPicker
              uploads={uploads}
              room={5 - item.photoKeys.length}
              id={`photos${id.replace(/:/g, "")}`}
            />
            {uploaded.length ? (
              <Button
                variant="secondary"
                disabled={busy}
                onClick={() => {
                  onChange({ photoKeys: uploaded });
                  uploads.clear();
                }}
              >
                {tr("addPhotos")}
              </Button>
            ) : null}
          </div>
        </details>
      ) : null}
    </li>
  );
}
