import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { NotificationList } from "@/components/notifications/notification-list";
import { NotificationPrefsForm } from "@/components/notifications/notification-prefs-form";
import { PushToggle } from "@/components/notifications/push-toggle";
import { PageHeader } from "@/components/ui/page-header";
import { listNotifications } from "@/server/services/notifications/list-notifications";
import { getNotificationPrefs } from "@/server/services/notifications/notification-prefs";
import { getPushSettings } from "@/server/services/notifications/push-subscriptions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("metaTitle") };
}

/** The person's notices (newest first, unread marked) and how they want to be reached (push on this device too). */
export default rolePage(["resident", "staff", "manager"], async function NotificationsPage(actor) {
  const [t, page, prefs, push] = await Promise.all([
    getTranslations("notifications"),
    listNotifications(actor, { limit: 100 }),
    getNotificationPrefs(actor),
    getPushSettings(actor),
  ]);
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} description={t("description")} />
      <NotificationList initial={page.items} />
      <PushToggle settings={push} />
      <NotificationPrefsForm initial={prefs} pushEnabled={push.enabled} />
    </div>
  );
});
