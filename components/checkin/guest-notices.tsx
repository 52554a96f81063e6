import { useTranslations } from "next-intl";
import type { NotificationDTO } from "@/lib/domain/notification";
import { isStayNotice, NoNotices, NoticesFrame } from "./guest-notices-frame";
import { GuestNoticesOnDemand } from "./guest-notices-on-demand";

/**
 * The guest's notices on the stay page. Most guests have none: then the section is drawn here, on the server, and
 * the list's code (guest-notice-list.tsx) loads only where there are notices, or when the first one arrives live.
 */
export function GuestNotices({ initial }: { initial: NotificationDTO[] }) {
  const t = useTranslations("stayNotices");
  return (
    <GuestNoticesOnDemand
      initial={initial.filter(isStayNotice)}
      empty={
        <NoticesFrame title={t("title")}>
          <NoNotices>{t("empty")}</NoNotices>
        </NoticesFrame>
      }
    />
  );
}
