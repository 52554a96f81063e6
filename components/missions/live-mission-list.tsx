"use client";

import { useState } from "react";
import { LiveIndicator } from "@/components/devices/live-indicator";
import { useLiveUpdates } from "@/components/devices/use-live-updates";
import type { MissionDTO, MissionStatus } from "@/lib/domain/mission";
import { MissionList } from "./mission-list";
import { upsertMission } from "./upsert-mission";

/**
 * The missions list kept current by the building's live stream: a new mission appears at the top, a changed one
 * is updated in place, and with a status filter a mission that leaves that status leaves the list.
 */
export function LiveMissionList({
  initial,
  hrefBase,
  status,
}: {
  initial: MissionDTO[];
  hrefBase: string;
  status?: MissionStatus;
}) {
  const [missions, setMissions] = useState(initial);
  const live = useLiveUpdates((m) => {
    if (m.type !== "mission") return;
    setMissions((all) => upsertMission(all, m.mission, status));
  });
  return (
    <div className="space-y-3">
      <div className="flex justify-end">
        <LiveIndicator status={live} />
      </div>
      <MissionList missions={missions} hrefBase={hrefBase} />
    </div>
  );
}
