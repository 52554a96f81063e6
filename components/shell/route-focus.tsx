"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

/** How long a page's loading state may stand before its heading arrives and takes focus. */
const WAIT_FOR_HEADING_MS = 10_000;

/**
 * After a client-side navigation, focus goes to the new page's heading (or its main region while the page is
 * still loading), as it would on a full page load: keyboard users start from the top of the new page and screen
 * readers announce where they are. Next.js leaves focus on the link that was followed. The first render is
 * left alone, and so is focus that the page (or the person) has already put somewhere inside it.
 */
export function RouteFocus() {
  const pathname = usePathname();
  const shown = useRef(pathname);
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    const main = document.getElementById("main");
    if (!main || main.contains(document.activeElement)) return;
    const focusHeading = () => {
      const heading = main.querySelector<HTMLElement>("h1");
      if (!heading) return false;
      if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
      heading.focus({ preventScroll: true });
      return true;
    };
    if (focusHeading()) return;
    main.focus({ preventScroll: true });
    // a loading state first (loading.tsx): the heading takes focus when it arrives, unless focus moved on
    const observer = new MutationObserver(() => {
      if (document.activeElement !== main) observer.disconnect();
      else if (focusHeading()) observer.disconnect();
    });
    observer.observe(main, { childList: true, subtree: true });
    const timer = setTimeout(() => observer.disconnect(), WAIT_FOR_HEADING_MS);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [pathname]);
  return null;
}
