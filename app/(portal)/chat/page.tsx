import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { ChatPageClient } from "@/components/chat/chat-page-client";
import type { SuggestionKey } from "@/components/chat/chat-panel";
import { ConversationList } from "@/components/chat/conversation-list";
import { toUIMessages } from "@/components/chat/to-ui-messages";
import { PageHeader } from "@/components/ui/page-header";
import { idSchema } from "@/lib/domain/common";
import { newId } from "@/lib/domain/ids";
import { AppError } from "@/lib/errors";
import { providerName } from "@/server/ai/provider";
import { conversationMessages, listConversations } from "@/server/services/concierge/concierge-conversations";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("chat"))("metaTitle") };
}

const SUGGESTIONS: Record<string, readonly SuggestionKey[]> = {
  resident: ["quietHours", "leak", "recycling", "myTickets"],
  staff: ["quietHours", "recycling", "myTickets"],
  manager: ["quietHours", "recycling", "myTickets"],
};
const MISSIONS_HREF: Record<string, string> = {
  resident: "/resident/missions",
  staff: "/staff/missions",
  manager: "/staff/missions",
};

/** The concierge for signed-in people (guests chat on their stay page): past conversations and the chat. */
export default rolePage(
  ["resident", "staff", "manager"],
  async function ChatPage(
    actor,
    {
      searchParams,
    }: {
      searchParams: Promise<{ c?: string | string[] }>;
    },
  ) {
    const { c } = await searchParams;
    const requested = typeof c === "string" && idSchema.safeParse(c).success ? c : null;
    const [t, list, opened] = await Promise.all([
      getTranslations("chat"),
      listConversations(actor, { limit: 30 }),
      requested
        ? conversationMessages(actor, requested, 100).catch((e) => {
            if (e instanceof AppError && e.code === "not_found") notFound();
            throw e;
          })
        : null,
    ]);
    const conversationId = opened?.conversation.id ?? newId();
    return (
      <div className="space-y-4">
        <PageHeader title={t("title")} description={t("description")} />
        <div className="grid gap-6 lg:grid-cols-[16rem_1fr]">
          <aside className="order-2 lg:order-1">
            <ConversationList
              conversations={list.items}
              currentId={opened?.conversation.id ?? null}
              basePath="/chat"
            />
          </aside>
          <section className="order-1 lg:order-2" aria-label={t("title")}>
            <ChatPageClient
              key={conversationId}
              conversationId={conversationId}
              initialMessages={opened ? toUIMessages(opened.messages) : []}
              offline={providerName() === "offline"}
              suggestions={SUGGESTIONS[actor.role] ?? []}
              missionHrefBase={MISSIONS_HREF[actor.role] ?? null}
              basePath="/chat"
              isNew={!opened}
            />
          </section>
        </div>
      </div>
    );
  },
);
