"use server";

import { z } from "zod";
import { idSchema } from "@/lib/domain/common";
import { acknowledgeAnnouncement, markAnnouncementsRead } from "../services/announcements/read-announcements";
import { action } from "./action";

const schema = z.union([
  z.object({ acknowledge: idSchema }).strict(),
  z.object({ read: z.array(idSchema).min(1).max(200) }).strict(),
]);

/** A reader (resident, guest, staff) marks announcements read as they are shown, or acknowledges an emergency. */
export const readAnnouncementAction = action(
  schema,
  async function readAnnouncement(input, actor) {
    if ("acknowledge" in input)
      return { announcement: await acknowledgeAnnouncement(actor, input.acknowledge) };
    return markAnnouncementsRead(actor, input.read);
  },
  { capability: "announcement.read" },
);
