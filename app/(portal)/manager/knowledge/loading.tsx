import { PageSkeleton } from "@/components/shell/page-skeleton";

export default function Loading() {
  return <PageSkeleton ns="knowledge" description blocks={[28, 28]} />;
}
