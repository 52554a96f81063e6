"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { MissionDTO } from "@/lib/domain/mission";
import { MissionStatusBadge } from "./mission-badges";
import { MissionSteps } from "./mission-steps";

const TERMINAL = new Set(["done", "failed", "cancelled"]);
const POLL_MS = 1500;

/**
 * A mission as it runs, inside the chat: read from the missions API and re-read until it ends (a step waiting for
 * approval keeps it polling, slowly, so the requester sees staff decide).
 */
export function MissionProgress({ missionId, hrefBase }: { missionId: string; hrefBase: string | null }) {
  const t = useTranslations("missions");
  const tc = useTranslations("chat");
  const [mission, setMission] = useState<MissionDTO | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let stop = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async () => {
      try {
        const res = await fetch(`/api/v1/missions/${missionId}`, { cache: "no-store" });
        if (!res.ok) throw new Error(String(res.status));
        const body = (await res.json()) as { mission: MissionDTO };
        if (stop) return;
        setMission(body.mission);
        setFailed(false);
        if (TERMINAL.has(body.mission.status)) return;
        timer = setTimeout(load, body.mission.status === "awaiting_approval" ? POLL_MS * 3 : POLL_MS);
      } catch {
        if (stop) return;
        setFailed(true);
        timer = setTimeout(load, POLL_MS * 3);
      }
    };
    void load();
    return () => {
      stop = true;
      clearTimeout(timer);
    };
  }, [missionId]);

  return (
    <section
      className="mt-2 rounded-lg border border-brand-200 bg-brand-50 p-3"
      aria-label={tc("missionCard")}
      data-testid="mission-progress"
    >
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <p className="font-semibold text-slate-900 text-sm">{mission?.goal ?? tc("missionCard")}</p>
        {mission ? <MissionStatusBadge status={mission.status} /> : null}
      </div>
      {failed ? <p className="text-red-800 text-sm">{t("loadError")}</p> : null}
      {mission ? (
        <div aria-live="polite">
          <MissionSteps
            mission={mission}
            ticketHrefBase={hrefBase ? hrefBase.replace("missions", "tickets") : null}
          />
        </div>
      ) : null}
      {hrefBase ? (
        <Link
          href={`${hrefBase}/${missionId}`}
          className="mt-2 inline-block text-brand-700 text-sm underline"
        >
          {tc("missionLink")}
        </Link>
      ) : null}
    </section>
  );
}
