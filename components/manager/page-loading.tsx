import { PageSkeleton } from "@/components/shell/page-skeleton";

/** The manager pages' loading state: a labelled busy region shaped like a header and a few cards. */
export function ManagerPageLoading() {
  return <PageSkeleton ns="settings" description blocks={[48, 48]} />;
}
