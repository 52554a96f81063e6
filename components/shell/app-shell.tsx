import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { Bell, Menu, X } from "@/components/ui/server-icons";
import { spriteHref } from "@/components/ui/sprite-svg";
import { homeFor, navigationFor } from "@/lib/navigation";
import { LanguageSwitcher } from "./language-switcher";
import { MobileNav } from "./mobile-nav";
import { NavLinks } from "./nav-links";
import { RouteFocus } from "./route-focus";
import { type ShellUser, UserMenu } from "./user-menu";

export type AppShellProps = {
  user: ShellUser;
  buildingName: string;
  /** unread notices, for the bell (absent: no bell) */
  unread?: number;
  children: ReactNode;
};

/**
 * The signed-in frame (server component): skip link, header, the role's navigation
 * (sidebar from `lg`, drawer below) and `<main id="main">`. Navigation only mirrors the role; layouts still check it.
 */
export async function AppShell({ user, buildingName, unread, children }: AppShellProps) {
  const t = await getTranslations("shell");
  const sections = navigationFor(user.role);
  // the links draw their icons from the sprite by name: no drawing per link in the page
  const sprite = spriteHref();

  return (
    <div className="min-h-dvh">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-[100] focus:rounded-md focus:bg-white focus:px-4 focus:py-2 focus:font-medium focus:text-brand-800 focus:shadow-lg"
      >
        {t("skip")}
      </a>

      <header className="sticky top-0 z-40 border-slate-200 border-b bg-white/95 backdrop-blur supports-[backdrop-filter]:bg-white/80">
        <div className="flex h-14 items-center gap-2 px-2 sm:px-4 lg:px-6">
          <MobileNav
            sections={sections}
            buildingName={buildingName}
            sprite={sprite}
            menuIcon={<Menu />}
            closeIcon={<X aria-hidden="true" className="size-5" />}
            footer={
              <div className="space-y-3">
                <LanguageSwitcher />
                <UserMenu user={user} layout="drawer" />
              </div>
            }
          />
          <Link href={homeFor(user.role)} className="flex min-w-0 items-center gap-2 rounded-md px-2 py-1">
            <span
              aria-hidden="true"
              className="grid size-8 shrink-0 place-items-center rounded-md bg-brand-600 font-bold text-sm text-white"
            >
              B
            </span>
            <span className="min-w-0 leading-tight">
              <span className="block truncate font-semibold text-slate-900">{buildingName}</span>
              <span className="block text-slate-600 text-xs">BuildingOS</span>
            </span>
          </Link>
          <div className="ml-auto flex items-center gap-2">
            {unread !== undefined ? (
              <NotificationBell
                initialUnread={unread}
                icon={<Bell aria-hidden="true" className="size-5" />}
              />
            ) : null}
            <LanguageSwitcher className="hidden sm:flex" />
          </div>
          <UserMenu user={user} className="sm:ml-2" />
        </div>
      </header>

      <div className="lg:flex lg:min-h-[calc(100dvh-3.5rem)]">
        <aside className="hidden lg:block lg:w-64 lg:shrink-0 lg:border-slate-200 lg:border-r lg:bg-white">
          <nav
            aria-label={t("mainNav")}
            className="sticky top-14 max-h-[calc(100dvh-3.5rem)] overflow-y-auto px-3 py-6"
          >
            <NavLinks sections={sections} sprite={sprite} />
          </nav>
        </aside>
        <RouteFocus />
        <main
          id="main"
          tabIndex={-1}
          className="min-w-0 flex-1 px-4 py-6 outline-none sm:px-6 lg:px-8 lg:py-8"
        >
          <div className="mx-auto max-w-6xl">{children}</div>
        </main>
      </div>
    </div>
  );
}
