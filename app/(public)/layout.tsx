import type { Viewport } from "next";
import type { ReactNode } from "react";
import { LocalizedDocument, localizedMetadata } from "@/components/document/localized-document";
import { BRAND_COLOR } from "@/lib/brand";
import "../globals.css";

/*
 * Root layouts are per route group: the public and portal pages are rendered per request in the visitor's
 * language, while (static) holds pages that are prerendered once (and serve as the benchmark's baseline).
 */
export const generateMetadata = localizedMetadata;
export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: BRAND_COLOR };

export default function PublicLayout({ children }: { children: ReactNode }) {
  return <LocalizedDocument scope="public">{children}</LocalizedDocument>;
}
