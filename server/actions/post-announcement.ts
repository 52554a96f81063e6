"use server";

import { postAnnouncementSchema } from "@/lib/domain/announcement";
import { postAnnouncement } from "../services/announcements/post-announcement";
import { action } from "./action";

/** A manager (or allowed staff) posts an announcement from the announcements page; the service checks again. */
export const postAnnouncementAction = action(
  postAnnouncementSchema,
  async function post(input, actor) {
    return { announcement: await postAnnouncement(actor, input) };
  },
  { capability: "announcement.post" },
);
