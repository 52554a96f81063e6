"use server";

import { z } from "zod";
import { cleanerTurnoverPatchSchema } from "@/lib/domain/turnover";
import { createUploadInputSchema } from "@/lib/domain/upload";
import { cleanerActorFor, updateCleanerTurnover } from "../services/turnovers/cleaner-link";
import { createUpload } from "../services/uploads/create-upload";
import { linkAction } from "./action";

const token = z.string().min(20).max(200);

/** The outside cleaner, by their link: tick the checklist, report a problem, mark the unit ready. */
export const cleanerTurnoverAction = linkAction(
  z.object({ token, change: cleanerTurnoverPatchSchema }),
  async function changeTurnoverByLink({ token, change }) {
    return updateCleanerTurnover(token, change);
  },
);

/** The outside cleaner's photo upload, signed for the link's own actor (only they can attach it). */
export const cleanerUploadAction = linkAction(
  createUploadInputSchema.extend({ token }),
  async function signCleanerPhoto({ token, ...input }) {
    return createUpload(await cleanerActorFor(token), input);
  },
);
