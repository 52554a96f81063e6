"use client";

import { UserRoundCheck } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/toast";
import { useErrorMessage } from "@/components/ui/use-error-message";
import type { UpdateTicketInput } from "@/lib/domain/ticket";
import {
  reasonRequired,
  TICKET_PRIORITIES,
  TICKET_TRANSITIONS,
  type TicketPriority,
  type TicketStatus,
} from "@/lib/domain/ticket-constants";
import { updateTicketAction } from "@/server/actions/update-ticket";

export type ManagePanelProps = {
  ticketId: string;
  status: TicketStatus;
  priority: TicketPriority;
  assigneeId: string | null;
  assignees: { id: string; name: string }[];
  /** the signed-in staff member, for "Assign to me" */
  me: string;
};

const UNASSIGNED = "";
type Problems = { assigneeId?: string[]; status?: string[]; reason?: string[]; priority?: string[] };

/**
 * What staff do to a ticket: assign it, move its status (the reason is required where the domain says the
 * opener needs to read why), change its priority. Each is its own small form; the page re-renders after.
 */
export function TicketManagePanel({
  ticketId,
  status,
  priority,
  assigneeId,
  assignees,
  me,
}: ManagePanelProps) {
  const t = useTranslations("tickets.manage");
  const statusName = useTranslations("ticketStatus");
  const priorityName = useTranslations("ticketPriority");
  const errorText = useErrorMessage("ticket");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [busy, setBusy] = useState<"assign" | "status" | "priority" | null>(null);
  const [problems, setProblems] = useState<Problems>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [assignee, setAssignee] = useState(assigneeId ?? UNASSIGNED);
  const [next, setNext] = useState<TicketStatus | "">("");
  const [reason, setReason] = useState("");
  const [newPriority, setNewPriority] = useState(priority);
  const needsReason = next !== "" && reasonRequired(status, next);

  const run = (which: NonNullable<typeof busy>, patch: UpdateTicketInput, done: string) => {
    setBusy(which);
    startTransition(async () => {
      const result = await updateTicketAction({ ticketId, ...patch });
      setBusy(null);
      if (result.ok) {
        setProblems({});
        setFormError(null);
        toast.success(done);
        if (which === "status") {
          setNext("");
          setReason("");
        }
        router.refresh();
        return;
      }
      const fields = result.fields ?? {};
      const found: Problems = {};
      if (fields.assigneeId) found.assigneeId = [t("errors.assigneeId")];
      if (fields.status) found.status = [t("errors.status")];
      if (fields.reason) found.reason = [t("errors.reason")];
      if (fields.priority) found.priority = [t("errors.priority")];
      setProblems(found);
      setFormError(
        Object.keys(found).length
          ? null
          : result.code === "conflict"
            ? t("errors.conflict")
            : errorText(result),
      );
    });
  };

  const assign = (id: string) => {
    const name = assignees.find((a) => a.id === id)?.name;
    run("assign", { assigneeId: id || null }, name ? t("assignedTo", { name }) : t("unassignedDone"));
  };

  return (
    <div className="space-y-6">
      <FormError message={formError} />
      <form
        noValidate
        className="space-y-3"
        aria-labelledby="manage-assign"
        onSubmit={(e) => {
          e.preventDefault();
          assign(assignee);
        }}
      >
        <h3 id="manage-assign" className="font-semibold text-slate-900 text-sm">
          {t("assignTitle")}
        </h3>
        <FormField label={t("assignee")} name="assigneeId" error={problems.assigneeId}>
          <Select
            value={assignee}
            onChange={(e) => setAssignee(e.target.value)}
            options={[
              { value: UNASSIGNED, label: t("unassigned") },
              ...assignees.map((a) => ({ value: a.id, label: a.name })),
            ]}
          />
        </FormField>
        <div className="flex flex-wrap gap-2">
          <Button
            type="submit"
            loading={pending && busy === "assign"}
            disabled={pending || assignee === (assigneeId ?? UNASSIGNED)}
          >
            {t("assign")}
          </Button>
          {assigneeId !== me && assignees.some((a) => a.id === me) ? (
            <Button
              variant="secondary"
              disabled={pending}
              onClick={() => {
                setAssignee(me);
                assign(me);
              }}
            >
              <UserRoundCheck aria-hidden="true" />
              {t("assignToMe")}
            </Button>
          ) : null}
        </div>
      </form>

      <form
        noValidate
        className="space-y-3"
        aria-labelledby="manage-status"
        onSubmit={(e) => {
          e.preventDefault();
          if (!next) {
            setProblems({ status: [t("errors.chooseStatus")] });
            return;
          }
          if (needsReason && !reason.trim()) {
            setProblems({ reason: [t("errors.reason")] });
            return;
          }
          run(
            "status",
            { status: next, ...(reason.trim() ? { reason: reason.trim() } : {}) },
            t("movedTo", { status: statusName(next) }),
          );
        }}
      >
        <h3 id="manage-status" className="font-semibold text-slate-900 text-sm">
          {t("statusTitle")}
        </h3>
        <FormField label={t("newStatus")} name="status" error={problems.status}>
          <Select
            value={next}
            onChange={(e) => setNext(e.target.value as TicketStatus | "")}
            placeholder={t("chooseStatus")}
            options={TICKET_TRANSITIONS[status].map((s) => ({ value: s, label: statusName(s) }))}
          />
        </FormField>
        <FormField
          label={needsReason ? t("reason") : t("reasonOptional")}
          name="reason"
          required={needsReason}
          hint={needsReason ? t("reasonRequiredHint") : t("reasonHint")}
          error={problems.reason}
        >
          <Textarea rows={3} maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} />
        </FormField>
        <Button type="submit" loading={pending && busy === "status"} disabled={pending}>
          {t("changeStatus")}
        </Button>
      </form>

      <form
        noValidate
        className="space-y-3"
        aria-labelledby="manage-priority"
        onSubmit={(e) => {
          e.preventDefault();
          run(
            "priority",
            { priority: newPriority },
            t("priorityDone", { priority: priorityName(newPriority) }),
          );
        }}
      >
        <h3 id="manage-priority" className="font-semibold text-slate-900 text-sm">
          {t("priorityTitle")}
        </h3>
        <FormField label={t("priority")} name="priority" hint={t("priorityHint")} error={problems.priority}>
          <Select
            value={newPriority}
            onChange={(e) => setNewPriority(e.target.value as TicketPriority)}
            options={TICKET_PRIORITIES.map((p) => ({ value: p, label: priorityName(p) }))}
          />
        </FormField>
        <Button
          type="submit"
          variant="secondary"
          loading={pending && busy === "priority"}
          disabled={pending || newPriority === priority}
        >
          {t("savePriority")}
        </Button>
      </form>
    </div>
  );
}
