import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { PassDetail } from "@/app/(portal)/_passes/pass-detail";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("passes.detail"))("metaTitle") };
}

/** One pass of the building and the entries made with it. */
export default rolePage(
  ["staff", "manager"],
  async function StaffPassPage(actor, { params }: { params: Promise<{ id: string }> }) {
    return <PassDetail actor={actor} id={(await params).id} back="/staff/passes" />;
  },
);
