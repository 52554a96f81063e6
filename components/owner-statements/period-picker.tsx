import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

/** A plain GET form (works without JavaScript): `?period=YYYY-MM`. */
export async function PeriodPicker({ period }: { period: string }) {
  const t = await getTranslations("ownerStatements.page");
  return (
    <form method="get" className="flex flex-wrap items-end gap-3">
      <div className="space-y-1">
        <label htmlFor="statement-period" className="block font-medium text-slate-700 text-sm">
          {t("period")}
        </label>
        <Input
          id="statement-period"
          name="period"
          type="month"
          defaultValue={period}
          className="w-48"
          required
        />
      </div>
      <Button type="submit" variant="secondary">
        {t("show")}
      </Button>
    </form>
  );
}
