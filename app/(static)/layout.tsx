import type { Metadata } from "next";
import type { ReactNode } from "react";
import "../globals.css";

export const metadata: Metadata = { title: { default: "BuildingOS", template: "%s · BuildingOS" } };

/** Pages prerendered at build time: no request, no session, no language negotiation. */
export default function StaticLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-dvh bg-slate-50 font-sans text-slate-900 antialiased">{children}</body>
    </html>
  );
}
