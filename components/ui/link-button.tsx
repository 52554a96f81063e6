import type { LucideIcon } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { Button, type ButtonProps } from "./button";

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
  return (
    <Button asChild variant={variant} size={size}>
      {download ? (
        <a href={href} download>
          {content}
        </a>
      ) : (
        <Link href={href}>{content}</Link>
      )}
    </Button>
  );
}
