import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { UserStatus } from "@/lib/domain/user";

const TONE = { invited: "warning", active: "success", disabled: "danger" } as const;

export function PersonStatusBadge({ status }: { status: UserStatus }) {
  const t = useTranslations("people.status");
  return <Badge tone={TONE[status]}>{t(status)}</Badge>;
}
