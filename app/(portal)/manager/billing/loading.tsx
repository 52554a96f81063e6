import { PageSkeleton } from "@/components/shell/page-skeleton";

export default function Loading() {
  return <PageSkeleton ns="billing" description blocks={[48, 40, 72]} />;
}
