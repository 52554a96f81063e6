import type { LucideIcon } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { cn } from "@/lib/cn";
import { type ButtonProps, buttonVariants } from "./button";

/**
 * A link that looks like a button: a page's "New…", "Import", "Export CSV", "Next page", a form's "Cancel".
 * `download` makes it a plain anchor that downloads what the URL returns (an export) instead of navigating.
 * The icon is decorative; the text is the name.
 */
export function LinkButton({
  href,
  icon: Icon,
  download = false,
  variant,
  size,
  children,
}: {
  href: string;
  icon?: LucideIcon;
  download?: boolean;
  variant?: ButtonProps["variant"];
  size?: ButtonProps["size"];
  children: ReactNode;
}) {
  const content = (
    <>
      {Icon ? <Icon aria-hidden="true" /> : null}
      {children}
    </>
  );
  const className = cn(buttonVariants({ variant, size }));
  return download ? (
    <a href={href} download className={className}>
      {content}
    </a>
  ) : (
    <Link href={href} className={className}>
      {content}
    </Link>
  );
}
