"use client";

import { type ComponentProps, lazy, Suspense, useEffect } from "react";
import { preloadCheckedInActions } from "@/components/guest-stay/guest-stay-on-demand";
import type * as Party from "@/components/guest-stay/party-step";
import type * as Rules from "./rules-step";

/*
 * The later check-in steps' forms, each in its own chunk: the stay page shows at most one of them (the current
 * step) and, once the guest has checked in, none, so a page loads only the form it shows. The server still renders
 * the shown step with the page; the browser fetches its chunk as it hydrates. Until then the step is the server's
 * HTML without its handlers: each step's form reads what it sends from the form when it is sent
 * (components/ui/send-form.ts), so a file chosen, a box ticked or a submit made in that time is not lost
 * (e2e/guest-id-before-hydration.spec.ts). React's lazy rather than next/dynamic, whose loader would add ~2 KB
 * gzipped to the page.
 *
 * The first step (details-step.tsx) is imported as it is, not from here: it is what a guest opening their link
 * sees first, and its Suspense boundary made it appear ~0.3 s after the rest of the page there. React's server
 * rendering sends a large boundary (over ~0.5 KB, past the page's first 12.8 KB) after the page, and the browser
 * reveals such boundaries in batches, 300 ms apart. The later steps are mostly reached from the step before,
 * within the page; a fresh load at one of them (a reload, the link opened again) shows its form that late.
 */
const LazyParty = lazy(() =>
  import("@/components/guest-stay/party-step").then((m) => ({ default: m.PartyStep })),
);
const LazyDocuments = lazy(() => import("./id-document-step").then((m) => ({ default: m.IdDocumentStep })));
const LazyRules = lazy(() => import("./rules-step").then((m) => ({ default: m.RulesStep })));

export function PartyStep(props: ComponentProps<typeof Party.PartyStep>) {
  return (
    <Suspense>
      <LazyParty {...props} />
    </Suspense>
  );
}

export function IdDocumentStep() {
  return (
    <Suspense>
      <LazyDocuments />
    </Suspense>
  );
}

export function RulesStep(props: ComponentProps<typeof Rules.RulesStep>) {
  // the last step: what a checked-in guest is shown next is fetched while they read the rules
  useEffect(preloadCheckedInActions, []);
  return (
    <Suspense>
      <LazyRules {...props} />
    </Suspense>
  );
}
