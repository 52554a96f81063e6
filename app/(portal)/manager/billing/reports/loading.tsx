import { PageSkeleton } from "@/components/shell/page-skeleton";

export default function Loading() {
  return <PageSkeleton ns="financeReport" description blocks={[28, 72, 48]} />;
}
