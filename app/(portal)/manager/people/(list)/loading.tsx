import { useTranslations } from "next-intl";
import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  const t = useTranslations("people");
  return (
    <LoadingRegion label={t("loading")}>
      <Skeleton className="h-9 w-48" />
      <Skeleton className="h-48 w-full" />
      <Skeleton className="h-72 w-full" />
    </LoadingRegion>
  );
}
