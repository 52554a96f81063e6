import "server-only";
import { cache } from "react";
import type { Building } from "@/lib/domain/building";

/**
 * What the request's first read (server/db/shell-reads.ts, one BatchGetItem with the user) already brought: the
 * building and the unread count, so the shell and the page do not read them again (issue 19). One object per
 * request (React cache); outside a render (route handlers) each call gives a fresh, empty one and the callers
 * simply read.
 */
export const shellMemo = cache(() => ({
  buildings: new Map<string, Building>(),
  /** `${buildingId} ${userId}` → unread notices */
  unread: new Map<string, number>(),
}));
