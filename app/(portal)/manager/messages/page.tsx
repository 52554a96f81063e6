import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { MessageTemplatesForm } from "@/components/guest-messages/message-templates-form";
import { PageHeader } from "@/components/ui/page-header";
import { getMessageTemplates } from "@/server/services/guest-messages/templates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("guestMessages.templates"))("title") };
}

/** The guest messages: which moments, by which channels, when, and their words in each language. */
export default rolePage(["manager"], async function GuestMessagesPage(actor) {
  const [{ templates, customized }, t] = await Promise.all([
    getMessageTemplates(actor),
    getTranslations("guestMessages.templates"),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={customized ? t("description") : t("defaults")} />
      <MessageTemplatesForm initial={templates} />
    </div>
  );
});
