import { PageSkeleton } from "@/components/shell/page-skeleton";

export default function Loading() {
  return <PageSkeleton ns="alarms" description blocks={[28, 28, 28]} />;
}
