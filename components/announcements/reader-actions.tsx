"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { readAnnouncementAction } from "@/server/actions/acknowledge-announcement";

/** Marks the announcements just shown as read, once, after they are on screen (shown means read). */
export function MarkAnnouncementsRead({ ids }: { ids: string[] }) {
  const [once] = useState(ids);
  useEffect(() => {
    if (once.length) void readAnnouncementAction({ read: once.slice(0, 200) });
  }, [once]);
  return null;
}

/** An emergency's "I have read this": the button, then when it was acknowledged, said in a polite live region. */
export function AcknowledgeAnnouncement({ id }: { id: string }) {
  const t = useTranslations("announcements.reader");
  const format = useFormatter();
  const [acknowledgedAt, setAcknowledgedAt] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const acknowledge = () =>
    startTransition(async () => {
      const r = await readAnnouncementAction({ acknowledge: id });
      if (r.ok && "announcement" in r.data && r.data.announcement.acknowledgedAt)
        setAcknowledgedAt(r.data.announcement.acknowledgedAt);
    });

  return (
    <>
      {acknowledgedAt ? (
        <p className="text-emerald-800 text-sm">
          {t("acknowledged", {
            when: format.dateTime(new Date(acknowledgedAt), { dateStyle: "medium", timeStyle: "short" }),
          })}
        </p>
      ) : (
        <Button size="sm" loading={pending} onClick={acknowledge}>
          {t("acknowledge")}
        </Button>
      )}
      <p role="status" className="sr-only">
        {acknowledgedAt ? t("acknowledgedNow") : ""}
      </p>
    </>
  );
}
