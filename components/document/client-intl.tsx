"use client";

import { type AbstractIntlMessages, NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { missingMessage } from "@/lib/i18n";

/**
 * The client side of <ScopedMessages>: a provider built in the browser, so that it can hold what the server
 * cannot send (a function): a message missing from the scope shows ⟦namespace.key⟧ in client components too,
 * as on the server, where the e2e suite sees it, instead of next-intl's quiet "namespace.key".
 */
export function ClientIntl(props: {
  locale: string;
  timeZone: string;
  messages: AbstractIntlMessages;
  children: ReactNode;
}) {
  return <NextIntlClientProvider {...props} getMessageFallback={missingMessage} />;
}
