"use client";

import { type ComponentProps, lazy, Suspense } from "react";
import type * as Row from "./door-row";

/*
 * The guest page's actions that show only in some states of the stay (the door rows while the doors open for the
 * guest, check-out while it is allowed), each in its own chunk, so a page loads only the ones it shows. The server
 * renders them with the page; the browser fetches a shown one's chunk as it hydrates. React's lazy rather than
 * next/dynamic, whose loader would add ~2 KB gzipped to the page.
 */
const doorRow = () => import("./door-row");
const checkOut = () => import("./guest-check-out");
const LazyDoorRow = lazy(() => doorRow().then((m) => ({ default: m.DoorRow })));
const LazyCheckOut = lazy(() => checkOut().then((m) => ({ default: m.GuestCheckOut })));

/**
 * Fetches the door rows' and check-out's code ahead, for a page about to show them: check-in's last step calls it,
 * so that they come with the page that says check-in is complete rather than a moment after it, moving what the
 * guest is about to tap.
 */
export function preloadCheckedInActions() {
  void doorRow();
  void checkOut();
}

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
