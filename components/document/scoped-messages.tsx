import { getLocale, getMessages, getTimeZone } from "next-intl/server";
import type { ReactNode } from "react";
import { CLIENT_NAMESPACES } from "@/messages/client-messages.generated";
import { ClientIntl } from "./client-intl";
import { pickMessages } from "./pick-messages";

export type MessageScope = keyof typeof CLIENT_NAMESPACES;

/**
 * A client provider holding only the messages the client components of this part of the app use (listed by
 * scripts/client-messages.ts from their useTranslations calls), instead of the whole catalog in every page's HTML.
 * A nested provider replaces its parent's messages, so each scope's list includes its parent scope's.
 */
export async function ScopedMessages({ scope, children }: { scope: MessageScope; children: ReactNode }) {
  const [locale, timeZone, messages] = await Promise.all([getLocale(), getTimeZone(), getMessages()]);
  return (
    <ClientIntl
      locale={locale}
      timeZone={timeZone}
      messages={pickMessages(messages, CLIENT_NAMESPACES[scope])}
    >
      {children}
    </ClientIntl>
  );
}
