import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Toaster } from "@/components/ui/toaster";
import { ScopedMessages } from "./scoped-messages";

/**
 * The <html> of every localized page: its `lang` is the request's language; the messages its route group's own
 * client components use (the shell's, the sign-in forms') reach the client, and segment layouts below add theirs.
 */
export async function LocalizedDocument({
  scope,
  children,
}: {
  scope: "public" | "portal";
  children: ReactNode;
}) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-dvh bg-slate-50 font-sans text-slate-900 antialiased">
        <ScopedMessages scope={scope}>
          {children}
          <Toaster />
        </ScopedMessages>
      </body>
    </html>
  );
}

export async function localizedMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  return {
    title: { default: "BuildingOS", template: "%s · BuildingOS" },
    description: t("description"),
    // installable (app/manifest.ts); set here because each route group has its own root layout
    manifest: "/manifest.webmanifest",
    icons: { icon: "/icons/icon-192.png", apple: "/icons/apple-touch-icon.png" },
    appleWebApp: { capable: true, title: "BuildingOS", statusBarStyle: "default" },
  };
}
