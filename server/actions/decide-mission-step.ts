"use server";

import { z } from "zod";
import { idSchema } from "@/lib/domain/common";
import { decideStep } from "../agents/director";
import { action } from "./action";

const schema = z.object({ missionId: idSchema, stepId: idSchema, decision: z.enum(["approve", "decline"]) });

/** Staff approve or decline a mission step waiting for them; the director checks the rest and runs on. */
export const decideMissionStepAction = action(
  schema,
  async function decideMissionStep(input, actor) {
    const mission = await decideStep(actor, input);
    return { status: mission.status };
  },
  { capability: "mission.approve" },
);
