"use client";

import { useFormatter, useNow } from "next-intl";

/**
 * "2 hours ago", kept current while the page stays open; the exact date and time (building's time zone) is
 * in the tooltip and in `dateTime` for assistive tech. The server's and the browser's clocks differ by the
 * request's duration, so the first client render may say "a minute ago" where the server said "now".
 */
export function RelativeTime({ value, className }: { value: string; className?: string }) {
  const format = useFormatter();
  const now = useNow({ updateInterval: 30_000 });
  const date = new Date(value);
  return (
    <time
      dateTime={value}
      title={format.dateTime(date, { dateStyle: "medium", timeStyle: "short" })}
      className={className}
      suppressHydrationWarning
    >
      {format.relativeTime(date, now)}
    </time>
  );
}
