"use server";

import { z } from "zod";
import { idSchema } from "@/lib/domain/common";
import { cancelMission } from "../services/missions/cancel-mission";
import { action } from "./action";

const schema = z.object({ missionId: idSchema });

/** The requester (or staff) calls off a mission that has not run, e.g. a door unlock scheduled for later. */
export const cancelMissionAction = action(
  schema,
  async function cancelMissionRequest(input, actor) {
    const mission = await cancelMission(actor, input.missionId);
    return { status: mission.status };
  },
  { capability: "mission.cancel" },
);
