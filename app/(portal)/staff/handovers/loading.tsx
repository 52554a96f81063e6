import { PageSkeleton } from "@/components/shell/page-skeleton";

export default function Loading() {
  return <PageSkeleton ns="handover" description blocks={[40, 72]} />;
}
