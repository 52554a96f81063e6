"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { cn } from "@/lib/cn";
import { activeHref } from "@/lib/nav-active";
import type { NavSection } from "@/lib/navigation";
import { NavIcon } from "./nav-icon";

export type NavLinksProps = {
  sections: NavSection[];
  /**
   * The server's icon sprite, with its version (sprite-svg.tsx: spriteHref): each link draws its icon from it by
   * name, so neither an icon library nor a drawing per link reaches the browser; it takes the link's colour.
   */
  sprite: string;
  /** Called when a link is followed, e.g. to close the phone drawer. */
  onNavigate?: () => void;
  className?: string;
};

/** The role's links, grouped by section; the current one carries aria-current="page". */
export function NavLinks({ sections, sprite, onNavigate, className }: NavLinksProps) {
  const pathname = usePathname() ?? "";
  const t = useTranslations("nav");
  const current = activeHref(pathname, sections);
  const baseId = useId();
  // One section needs no heading; several get a small label each, tied to their list.
  const labelled = sections.length > 1;

  return (
    <div className={cn("space-y-6", className)}>
      {sections.map((section, index) => {
        const headingId = `${baseId}-section-${index}`;
        return (
          <div key={section.label}>
            {labelled ? (
              <p
                id={headingId}
                className="mb-2 px-3 font-semibold text-slate-600 text-xs uppercase tracking-wide"
              >
                {t(`sections.${section.label}`)}
              </p>
            ) : null}
            <ul aria-labelledby={labelled ? headingId : undefined} className="space-y-1">
              {section.items.map((item) => {
                const active = item.href === current;
                return (
                  <li key={item.href}>
                    <Link
                      href={item.href}
                      aria-current={active ? "page" : undefined}
                      onClick={onNavigate}
                      className="nav-link"
                    >
                      <NavIcon name={item.icon} sprite={sprite} />
                      {t(`items.${item.label}`)}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
