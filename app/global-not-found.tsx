import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LocalizedDocument } from "@/components/document/localized-document";
import { FileQuestion } from "@/components/ui/server-icons";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: `${(await getTranslations("notFound"))("title")} · BuildingOS` };
}

/** The 404 for any URL no route matches, in the visitor's language. */
export default async function GlobalNotFound() {
  const t = await getTranslations("notFound");
  return (
    <LocalizedDocument scope="public">
      <main
        id="main"
        className="mx-auto flex min-h-dvh max-w-md flex-col items-center justify-center gap-4 px-4 text-center"
      >
        <FileQuestion aria-hidden="true" className="size-12 text-slate-400" />
        <h1 className="font-bold text-2xl text-slate-900">{t("title")}</h1>
        <p className="text-slate-600">{t("body")}</p>
        <Link href="/" className="font-medium text-brand-700 underline underline-offset-4">
          {t("home")}
        </Link>
      </main>
    </LocalizedDocument>
  );
}
