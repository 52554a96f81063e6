import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LogOut, UserCog } from "@/components/ui/server-icons";
import { cn } from "@/lib/cn";
import type { Role } from "@/lib/roles";
import { Badge } from "../ui/badge";

export type ShellUser = { name: string; email: string; role: Role };

export type UserMenuProps = {
  user: ShellUser;
  /** "header": compact, name and role show from `sm`; "drawer": stacked, with the email, for the phone menu. */
  layout?: "header" | "drawer";
  className?: string;
};

const signOutClasses =
  "inline-flex min-h-10 items-center justify-center gap-2 rounded-md px-3 font-medium text-slate-700 text-sm hover:bg-slate-100 hover:text-slate-900";

/**
 * Who is signed in, their account page (password, email, sign out everywhere: not for guests, who have no
 * account) and the way out: /logout asks for confirmation and signs out with a POST.
 */
export async function UserMenu({ user, layout = "header", className }: UserMenuProps) {
  const [t, roles] = await Promise.all([getTranslations("shell"), getTranslations("roles")]);
  const hasAccount = user.role !== "guest";
  if (layout === "drawer") {
    return (
      <div className={cn("space-y-3", className)}>
        <div className="min-w-0">
          <Badge tone="brand">{roles(user.role)}</Badge>
          <p className="mt-1 truncate font-medium text-slate-900 text-sm">{user.name}</p>
          <p className="truncate text-slate-600 text-xs">{user.email}</p>
        </div>
        {hasAccount ? (
          <Link href="/account" className={cn(signOutClasses, "w-full border border-slate-300")}>
            <UserCog aria-hidden="true" className="size-4" />
            {t("account")}
          </Link>
        ) : null}
        <a href="/logout" className={cn(signOutClasses, "w-full border border-slate-300")}>
          <LogOut aria-hidden="true" className="size-4" />
          {t("signOut")}
        </a>
      </div>
    );
  }
  return (
    <div className={cn("flex items-center gap-2", className)}>
      <div className="hidden min-w-0 items-center gap-2 sm:flex">
        <span className="max-w-48 truncate font-medium text-slate-900 text-sm" title={user.email}>
          {user.name}
        </span>
        <Badge tone="brand">{roles(user.role)}</Badge>
      </div>
      {hasAccount ? (
        <Link href="/account" className={signOutClasses}>
          <UserCog aria-hidden="true" className="size-4" />
          <span className="sr-only sm:not-sr-only">{t("account")}</span>
        </Link>
      ) : null}
      <a href="/logout" className={signOutClasses}>
        <LogOut aria-hidden="true" className="size-4" />
        <span className="sr-only sm:not-sr-only">{t("signOut")}</span>
      </a>
    </div>
  );
}
