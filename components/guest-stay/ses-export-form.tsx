import { Download } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

/**
 * The authority's file for a range of arrivals (issue 17): a plain GET form to the export endpoint, so the
 * browser downloads the XML with the staff member's session (the endpoint checks role and building, and audits).
 */
export function SesExportForm({ from, to }: { from: string; to: string }) {
  const t = useTranslations("guestRegistration.export");
  return (
    <form
      method="get"
      action="/api/v1/guest-registrations/ses-hospedajes"
      className="flex flex-wrap items-end gap-3"
      aria-describedby="ses-export-description"
    >
      <p id="ses-export-description" className="w-full text-slate-700 text-sm">
        {t("description")}
      </p>
      <FormField label={t("from")} name="from" required>
        <Input type="date" defaultValue={from} />
      </FormField>
      <FormField label={t("to")} name="to" required>
        <Input type="date" defaultValue={to} />
      </FormField>
      <Button type="submit" variant="secondary">
        <Download aria-hidden="true" />
        {t("download")}
      </Button>
    </form>
  );
}
