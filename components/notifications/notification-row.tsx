"use client";

import { useTranslations } from "next-intl";
import type { ComponentType, ReactNode } from "react";
import { RelativeTime } from "@/components/tickets/relative-time";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import type { NotificationDTO } from "@/lib/domain/notification";

/** What draws a row's link: next/link, or a plain `<a>`. */
export type RowLink =
  | "a"
  | ComponentType<{ href: string; onClick?: () => void; className?: string; children: ReactNode }>;

/**
 * One notice in a list (the notification centre, the guest's stay page): title, unread and kind badges, body,
 * age, a link to what it is about (opening it reads it) and "mark read".
 */
export function NotificationRow({
  n,
  testId,
  onMark,
  pending,
  showLink = true,
  keepLineBreaks = false,
  markLabel,
  link: RowLinkTag = "a",
}: {
  n: NotificationDTO;
  testId: string;
  onMark: (ids: string[]) => void;
  pending: boolean;
  /** false where the link would lead to the page the list is on */
  showLink?: boolean;
  keepLineBreaks?: boolean;
  /** the "mark read" button's accessible name, where the visible words alone would repeat on every row */
  markLabel?: string;
  /**
   * next/link where the list is in the portal (client-side navigation); a plain `<a>` by default, so that a page
   * with no other use for next/link (the guest's stay page) does not load it for this row (~4 KB gzipped).
   */
  link?: RowLink;
}) {
  const t = useTranslations("notifications");
  return (
    <li
      data-testid={testId}
      data-read={n.readAt ? "true" : "false"}
      className={cn("flex flex-col gap-2 p-4 sm:flex-row sm:items-start", !n.readAt && "bg-brand-50/40")}
    >
      <div className="min-w-0 flex-1">
        <p className="flex flex-wrap items-center gap-2">
          <span className="font-medium text-slate-900">{n.title}</span>
          {!n.readAt ? <Badge tone="brand">{t("unread")}</Badge> : null}
          <Badge>{t(`kind.${n.kind}`)}</Badge>
        </p>
        <p className={cn("mt-1 text-slate-700 text-sm", keepLineBreaks && "whitespace-pre-line")}>{n.body}</p>
        <RelativeTime value={n.createdAt} className="text-slate-600 text-xs" />
      </div>
      <div className="flex gap-2">
        {n.link && showLink ? (
          <RowLinkTag
            href={n.link}
            onClick={() => (n.readAt ? undefined : onMark([n.id]))}
            className="rounded-md px-2 py-1 text-brand-700 text-sm underline"
          >
            {t("open")}
          </RowLinkTag>
        ) : null}
        {!n.readAt ? (
          <Button
            size="sm"
            variant="ghost"
            onClick={() => onMark([n.id])}
            disabled={pending}
            aria-label={markLabel}
          >
            {t("markRead")}
          </Button>
        ) : null}
      </div>
    </li>
  );
}
