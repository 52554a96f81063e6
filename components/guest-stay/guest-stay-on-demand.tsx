"use client";

import { type ComponentProps, lazy, Suspense } from "react";
import type * as Row from "./door-row";

/*
 * The guest page's actions that show only in some states of the stay (the door rows while the doors open for the
 * guest, check-out while it is allowed), each in its own chunk, so a page loads only the ones it shows. The server
 * renders them with the page; the browser fetches a shown one's chunk as it hydrates. React's lazy rather than
 * next/dynamic, whose loader would add ~2 KB gzipped to the page.
 */
const LazyDoorRow = lazy(() => import("./door-row").then((m) => ({ default: m.DoorRow })));
const LazyCheckOut = lazy(() => import("./guest-check-out").then((m) => ({ default: m.GuestCheckOut })));

export function DoorRow(props: ComponentProps<typeof Row.DoorRow>) {
  return (
    <Suspense>
      <LazyDoorRow {...props} />
    </Suspense>
  );
}

export function GuestCheckOut() {
  return (
    <Suspense>
      <LazyCheckOut />
    </Suspense>
  );
}
