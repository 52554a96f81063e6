import { PageSkeleton } from "@/components/shell/page-skeleton";

export default function Loading() {
  return <PageSkeleton ns="alarmSettings" description blocks={[72, 48]} />;
}
