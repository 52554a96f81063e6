import { SlidersHorizontal } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { LinkButton } from "@/components/ui/link-button";

/**
 * A GET form of filters, so a filtered list has its own URL (shareable, back button) and works without
 * JavaScript. Folded away until a filter is in use, which keeps phones uncluttered.
 */
export function FilterPanel({
  action,
  active,
  children,
  note,
  clearable = active > 0,
}: {
  action: string;
  /** how many filters are in use: shown in the summary, and the panel opens when any is */
  active: number;
  children: ReactNode;
  /** a line under the fields */
  note?: ReactNode;
  /** whether "Clear filters" is offered (default: when a filter is in use) */
  clearable?: boolean;
}) {
  const t = useTranslations("filters");
  return (
    <details
      className="group rounded-lg border border-slate-200 bg-white shadow-sm"
      open={active > 0 || undefined}
    >
      <summary className="flex min-h-12 cursor-pointer list-none items-center gap-2 px-4 font-medium text-slate-900 [&::-webkit-details-marker]:hidden">
        <SlidersHorizontal aria-hidden="true" className="size-4 text-slate-600" />
        {t("title")}
        {active ? <span className="text-slate-600 text-sm">({t("active", { count: active })})</span> : null}
        <span className="ml-auto text-brand-700 text-sm group-open:hidden">{t("show")}</span>
        <span className="ml-auto hidden text-brand-700 text-sm group-open:inline">{t("hide")}</span>
      </summary>
      <form method="get" action={action} className="space-y-4 border-slate-200 border-t p-4">
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">{children}</div>
        {note ? <p className="text-slate-600 text-sm">{note}</p> : null}
        <div className="flex flex-wrap gap-2">
          <Button type="submit">{t("apply")}</Button>
          {clearable ? (
            <LinkButton variant="secondary" href={action}>
              {t("clear")}
            </LinkButton>
          ) : null}
        </div>
      </form>
    </details>
  );
}
