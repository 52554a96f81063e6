import type { NavSection } from "./navigation";

/**
 * Which link is current for `pathname`: the longest href equal to it or a parent of it,
 * so `/manager/units/42` marks "Units" and not "Dashboard". Null when nothing matches.
 */
export function activeHref(pathname: string, sections: NavSection[]): string | null {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  let best: string | null = null;
  for (const section of sections) {
    for (const { href } of section.items) {
      const matches = path === href || path.startsWith(`${href}/`);
      if (matches && (best === null || href.length > best.length)) best = href;
    }
  }
  return best;
}
