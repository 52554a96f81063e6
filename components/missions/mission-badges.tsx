import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { MissionStatus, StepStatus } from "@/lib/domain/mission";

const MISSION_TONE: Record<MissionStatus, BadgeTone> = {
  planned: "neutral",
  awaiting_approval: "warning",
  scheduled: "info",
  running: "info",
  done: "success",
  failed: "danger",
  cancelled: "neutral",
};
const STEP_TONE: Record<StepStatus, BadgeTone> = {
  pending: "neutral",
  awaiting_approval: "warning",
  approved: "info",
  declined: "danger",
  running: "info",
  done: "success",
  failed: "danger",
  skipped: "neutral",
};

export function MissionStatusBadge({ status }: { status: MissionStatus }) {
  const t = useTranslations("missions.status");
  return (
    <Badge tone={MISSION_TONE[status]} data-testid="mission-status">
      {t(status)}
    </Badge>
  );
}

export function StepStatusBadge({ status }: { status: StepStatus }) {
  const t = useTranslations("missions.stepStatus");
  return <Badge tone={STEP_TONE[status]}>{t(status)}</Badge>;
}
