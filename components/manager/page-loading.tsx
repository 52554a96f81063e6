import { useTranslations } from "next-intl";
import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";

/** The manager pages' loading state: a labelled busy region shaped like a header and a few cards. */
export function ManagerPageLoading() {
  const t = useTranslations("settings");
  return (
    <LoadingRegion label={t("loading")}>
      <Skeleton className="h-9 w-48" />
      <Skeleton className="h-4 w-full max-w-md" />
      <Skeleton className="h-48 w-full" />
      <Skeleton className="h-48 w-full" />
    </LoadingRegion>
  );
}
