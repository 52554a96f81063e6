import "server-only";
import { ID_DOCUMENT_URL_TTL_SECONDS } from "@/lib/domain/checkin";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { signedIdDocumentUrl } from "../../storage/id-documents";
import { recordAudit } from "../audit/audit";
import { loadVisibleReservation } from "../reservations/reservation-access";

export type IdDocumentLink = { key: string; url: string; expiresAt: string };

/**
 * Staff and managers view a guest's ID documents through signed GETs that stop working within minutes; the
 * bucket stays private. Each viewing is audited: these are personal documents.
 */
export async function getIdDocumentLinks(actor: Actor, reservationId: string): Promise<IdDocumentLink[]> {
  authorize(actor, "reservation.checkinLink");
  const r = await loadVisibleReservation(actor, reservationId);
  authorize(actor, "reservation.checkinLink", { buildingId: r.buildingId });
  const expiresAt = new Date(Date.now() + ID_DOCUMENT_URL_TTL_SECONDS * 1000).toISOString();
  const links = await Promise.all(
    r.checkinProgress.documentKeys.map(async (key) => ({
      key,
      url: await signedIdDocumentUrl(key),
      expiresAt,
    })),
  );
  if (links.length) {
    await recordAudit(actor, "reservation.idDocuments.view", { type: "reservation", id: r.id }, "success", {
      count: links.length,
    });
  }
  return links;
}
