import "server-only";
import { BILL_PDF_URL_TTL_SECONDS } from "@/lib/domain/billing";
import { notFound } from "@/lib/errors";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { getBuilding } from "../../db/buildings";
import { findUnit } from "../../db/units";
import { findUser } from "../../db/users";
import { resolveLocale } from "../../i18n/resolve-locale";
import { renderOwnerStatementPdf } from "../../pdf/owner-statement-pdf";
import {
  ownerStatementPdfKey,
  signedStatementPdfUrl,
  storeStatementPdf,
} from "../../storage/owner-statement-pdfs";
import { computeOwnerStatement, statementSettingsOf } from "./compute-owner-statement";
import { ownsAsOwner } from "./list-owner-statements";

/**
 * A unit's statement for a month as a PDF, stored in S3 and handed out as a short-lived signed link: to the
 * building's managers and the unit's own owners only (a resident who does not own it, or another unit's owner,
 * is refused). Rendered again on each request from the statement computed now (the one function the JSON uses),
 * in the owner's language: the asking owner's, else the unit's first owner's, else the building's.
 */
export async function getOwnerStatementPdfLink(actor: Actor, q: { unitId: string; period: string }) {
  authorize(actor, "ownerStatement.read");
  const buildingId = actor.buildingId;
  const unit = await findUnit({ buildingId, unitId: q.unitId });
  if (!unit) throw notFound("Unit");
  authorize(actor, "ownerStatement.read", { buildingId, owns: ownsAsOwner(unit) });
  const [building, settings] = await Promise.all([
    getBuilding({ buildingId }),
    statementSettingsOf(buildingId),
  ]);
  const statement = await computeOwnerStatement(unit, q.period, building.currency, settings);
  const owner = unit.ownerIds.includes(actor.id)
    ? { locale: actor.locale }
    : unit.ownerIds[0]
      ? await findUser({ buildingId, userId: unit.ownerIds[0] })
      : null;
  const locale = resolveLocale({ userLocale: owner?.locale, buildingLocale: building.locale });
  const bytes = await renderOwnerStatementPdf({
    statement,
    settings,
    building,
    locale,
    generatedAt: new Date(),
  });
  const key = ownerStatementPdfKey(buildingId, q.period, unit.id);
  await storeStatementPdf(key, bytes);
  const url = await signedStatementPdfUrl(key, `owner-statement-${unit.number}-${q.period}.pdf`);
  return { url, expiresInSeconds: BILL_PDF_URL_TTL_SECONDS, statement };
}
