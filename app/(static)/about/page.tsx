import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "About" };
export const dynamic = "force-static";

/** What BuildingOS is, prerendered once. Also the static page `npm run bench` measures the role homes against. */
export default function AboutPage() {
  return (
    <main id="main" className="mx-auto max-w-2xl space-y-4 px-4 py-12">
      <p className="font-semibold text-brand-700 text-sm uppercase tracking-wide">BuildingOS</p>
      <h1 className="font-bold text-3xl text-slate-900">
        The portal for a building that also hosts short stays
      </h1>
      <p className="text-slate-700">
        Residents book stays of their units for guests and report problems; guests check in from a link, with
        no account; staff watch the doors, the devices and the ticket queue; managers set the building up.
        Available in English, Spanish and Brazilian Portuguese.
      </p>
      <p>
        <Link href="/login" className="font-medium text-brand-700 underline underline-offset-4">
          Sign in
        </Link>
      </p>
    </main>
  );
}
