import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { CLIENT_NAMESPACES } from "@/messages/client-messages.generated";
import { pickMessages } from "./pick-messages";

export type MessageScope = keyof typeof CLIENT_NAMESPACES;

/**
 * A client provider holding only the messages the client components of this part of the app use (listed by
 * scripts/client-messages.ts from their useTranslations calls), instead of the whole catalog in every page's HTML.
 * A nested provider replaces its parent's messages, so each scope's list includes its parent scope's.
 */
export async function ScopedMessages({ scope, children }: { scope: MessageScope; children: ReactNode }) {
  const messages = pickMessages(await getMessages(), CLIENT_NAMESPACES[scope]);
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
