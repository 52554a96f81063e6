import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Toaster } from "@/components/ui/toaster";

/** The <html> of every localized page: its `lang` is the request's language, its messages reach client components. */
export async function LocalizedDocument({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-dvh bg-slate-50 font-sans text-slate-900 antialiased">
        <NextIntlClientProvider>
          {children}
          <Toaster />
        </NextIntlClientProvider>
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
