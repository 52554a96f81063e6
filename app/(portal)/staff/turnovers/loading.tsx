import { PageSkeleton } from "@/components/shell/page-skeleton";

export default function Loading() {
  return <PageSkeleton ns="turnovers" description blocks={[48, 72, 72]} />;
}
