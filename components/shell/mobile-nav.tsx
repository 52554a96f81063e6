"use client";

import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { type ReactNode, useState } from "react";
import type { NavSection } from "@/lib/navigation";
import { Button } from "../ui/button";
import { Sheet } from "../ui/sheet";
import { NavLinks } from "./nav-links";

export type MobileNavProps = {
  sections: NavSection[];
  buildingName: string;
  /** the icon sprite's versioned address (see NavLinks) */
  sprite: string;
  /** Shown at the bottom of the drawer (the user menu). */
  footer?: ReactNode;
  /** the menu button's and the close button's icons, drawn on the server like the links' */
  menuIcon: ReactNode;
  closeIcon: ReactNode;
};

/**
 * The phone drawer: a hamburger button (with aria-expanded and aria-controls) opening a sheet with the links.
 * It closes on navigation; Escape and the close button close it too, and focus returns to the button.
 */
export function MobileNav({ sections, buildingName, sprite, footer, menuIcon, closeIcon }: MobileNavProps) {
  const t = useTranslations("shell");
  const pathname = usePathname();
  // Remember the path the drawer was opened on: any route change (a link, the back button) closes it, no effect needed.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn !== null && openOn === pathname;
  const setOpen = (next: boolean) => setOpenOn(next ? pathname : null);

  return (
    <Sheet
      open={open}
      onOpenChange={setOpen}
      trigger={(props) => (
        <Button variant="ghost" size="icon" className="lg:hidden" aria-label={t("openMenu")} {...props}>
          {menuIcon}
        </Button>
      )}
      side="left"
      title={t("menu")}
      description={t("menuDescription", { building: buildingName })}
      hideDescription
      closeIcon={closeIcon}
    >
      <nav aria-label={t("mainNav")} className="flex-1 px-3 py-4">
        <NavLinks sections={sections} sprite={sprite} onNavigate={() => setOpen(false)} />
      </nav>
      {footer ? <div className="border-slate-200 border-t p-4">{footer}</div> : null}
    </Sheet>
  );
}
