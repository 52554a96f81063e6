import { useTranslations } from "next-intl";
import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  const t = useTranslations("reservations");
  return (
    <LoadingRegion label={t("loading")}>
      <Skeleton className="h-9 w-48" />
      <Skeleton className="h-4 w-full max-w-md" />
      <Skeleton className="h-40 w-full" />
      <Skeleton className="h-72 w-full" />
    </LoadingRegion>
  );
}
