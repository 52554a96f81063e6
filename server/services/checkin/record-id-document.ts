import "server-only";
import { MAX_ID_DOCUMENTS } from "@/lib/domain/checkin";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/roles";
import { saveCheckinStep } from "../../db/checkin-progress";
import { checkIdDocument, isIdDocumentKeyOf } from "../../storage/id-documents";
import { completeIfReady, requireGuestStay } from "./checkin-stay";
import { type CheckinView, getCheckin } from "./get-checkin";

const invalid = (message: string) => new AppError("validation", message, { fields: { key: [message] } });

/**
 * Step 2b: after the upload, the server checks the object itself (HEAD: it exists, was sent for this stay, size
 * and type within the limits) before the stay points at it: an emulator or a misconfigured bucket may not
 * enforce the POST policy, and the key must be one issued for this very stay.
 */
export async function recordIdDocument(actor: Actor, input: { key: string }): Promise<CheckinView> {
  const r = await requireGuestStay(actor);
  if (!isIdDocumentKeyOf(input.key, r.buildingId, r.id)) throw invalid("Not an upload for this stay.");
  if (r.checkinProgress.documentKeys.includes(input.key)) return getCheckin(actor);
  const check = await checkIdDocument(input.key, r.id);
  if (!check.ok) throw invalid(check.message);
  const saved = await saveCheckinStep({
    buildingId: r.buildingId,
    reservationId: r.id,
    step: { documentKey: input.key, progress: { documentsUploadedAt: new Date().toISOString() } },
    maxDocuments: MAX_ID_DOCUMENTS,
  });
  await completeIfReady(actor, saved);
  return getCheckin(actor);
}
