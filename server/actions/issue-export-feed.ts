"use server";

import { z } from "zod";
import { idSchema } from "@/lib/domain/common";
import { issueIcalFeed } from "../services/reservations/issue-ical-feed";
import { action } from "./action";

export const issueExportFeedAction = action(
  z.object({ unitId: idSchema }),
  async function issueFromPage({ unitId }, actor) {
    return issueIcalFeed(actor, unitId);
  },
  { capability: "unit.manage" },
);
