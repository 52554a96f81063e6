import { AlarmClock, ArrowUp, ChevronsUp, Minus } from "lucide-react";
import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { TicketPriority, TicketStatus } from "@/lib/domain/ticket";

const STATUS_TONE: Record<TicketStatus, BadgeTone> = {
  open: "info",
  in_progress: "brand",
  waiting: "warning",
  resolved: "success",
  closed: "neutral",
};

/** The ticket's status in words; the color only reinforces it. */
export function TicketStatusBadge({ status }: { status: TicketStatus }) {
  const t = useTranslations("ticketStatus");
  return (
    <Badge tone={STATUS_TONE[status]} data-status={status}>
      {t(status)}
    </Badge>
  );
}

const PRIORITY_TONE: Record<TicketPriority, BadgeTone> = {
  low: "neutral",
  normal: "neutral",
  high: "warning",
  urgent: "danger",
};
const PRIORITY_ICON = { low: Minus, normal: Minus, high: ArrowUp, urgent: ChevronsUp } as const;

/** "Priority: High", said in full so the badge reads well alone (e.g. in a card on a phone). */
export function TicketPriorityBadge({ priority }: { priority: TicketPriority }) {
  const t = useTranslations("tickets");
  const p = useTranslations("ticketPriority");
  const Icon = PRIORITY_ICON[priority];
  return (
    <Badge tone={PRIORITY_TONE[priority]}>
      <Icon aria-hidden="true" />
      {t("priorityBadge", { priority: p(priority) })}
    </Badge>
  );
}

/** Past its due time and still open: said in text, not only shown in red. */
export function OverdueBadge() {
  const t = useTranslations("tickets");
  return (
    <Badge tone="danger">
      <AlarmClock aria-hidden="true" />
      {t("overdue")}
    </Badge>
  );
}
