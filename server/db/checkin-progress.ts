import "server-only";
import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { CheckinProgress, Guest, Reservation } from "@/lib/domain/reservation";
import { AppError, notFound } from "@/lib/errors";
import { db, tableName } from "./client";
import { syncStayEntries } from "./home-summaries";
import { stripKeys } from "./item";
import { keys } from "./keys";
import { isConditionalCheckFailed } from "./write";

type B = { buildingId: string };
export type CheckinStep = {
  /** fields of checkinProgress to set, each written on its own path */
  progress?: Partial<Omit<CheckinProgress, "documentKeys">>;
  /** appended to checkinProgress.documentKeys */
  documentKey?: string;
  guest?: Guest;
  guestCount?: number;
};

/**
 * One check-in step. Each field is set on its own attribute path (`checkinProgress.rulesAcceptedAt`), never by
 * rewriting the whole progress object, so two steps saved at the same moment (two tabs, a double tap) cannot
 * erase each other. Only while the stay is `confirmed`; a checked-in stay is read-only (409), except that a
 * guest whose ID staff rejected may add a document.
 */
export async function saveCheckinStep({
  buildingId,
  reservationId,
  step,
  maxDocuments = 10,
}: B & { reservationId: string; step: CheckinStep; maxDocuments?: number }): Promise<Reservation> {
  const names: Record<string, string> = { "#cp": "checkinProgress", "#st": "status", "#ua": "updatedAt" };
  const values: Record<string, unknown> = { ":confirmed": "confirmed", ":now": new Date().toISOString() };
  const sets = ["#ua = :now"];
  Object.entries(step.progress ?? {}).forEach(([field, value], i) => {
    names[`#p${i}`] = field;
    values[`:p${i}`] = value;
    sets.push(`#cp.#p${i} = :p${i}`);
  });
  let condition = "attribute_exists(pk) AND #st = :confirmed";
  if (step.documentKey) {
    names["#dk"] = "documentKeys";
    values[":dk"] = [step.documentKey];
    values[":max"] = maxDocuments;
    sets.push("#cp.#dk = list_append(#cp.#dk, :dk)");
    // a new document is for staff to review (again); a checked-in guest whose ID was rejected may send another
    Object.assign(names, { "#ir": "idReview", "#irs": "status" });
    Object.assign(values, {
      ":ir": { status: "pending", reason: null, reviewedAt: null, reviewedBy: null },
      ":in": "checked_in",
      ":rejected": "rejected",
    });
    sets.push("#ir = :ir");
    condition =
      "attribute_exists(pk) AND (#st = :confirmed OR (#st = :in AND #ir.#irs = :rejected)) AND size(#cp.#dk) < :max";
  }
  if (step.guest) {
    names["#g"] = "guest";
    values[":g"] = step.guest;
    sets.push("#g = :g");
  }
  if (step.guestCount !== undefined) {
    names["#gc"] = "guestCount";
    values[":gc"] = step.guestCount;
    sets.push("#gc = :gc");
  }
  let saved: Reservation;
  try {
    const out = await db().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.reservation(buildingId, reservationId),
        UpdateExpression: `SET ${sets.join(", ")}`,
        ConditionExpression: condition,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        ReturnValues: "ALL_NEW",
        ReturnValuesOnConditionCheckFailure: "ALL_OLD",
      }),
    );
    saved = stripKeys<Reservation>(out.Attributes ?? {});
  } catch (e) {
    if (!isConditionalCheckFailed(e)) throw e;
    const old = (e as { Item?: Record<string, unknown> }).Item;
    if (!old) throw notFound("Reservation");
    const retry = old.status === "checked_in" && (old.idReview as { status?: string })?.status === "rejected";
    if (old.status !== "confirmed" && !(retry && step.documentKey))
      throw new AppError("conflict", "Check-in is closed for this stay.");
    throw new AppError("conflict", `At most ${maxDocuments} documents can be uploaded.`);
  }
  // the staff home's arrivals name the guest and the party (issue 19)
  if (step.guest || step.guestCount !== undefined) await syncStayEntries(saved);
  return saved;
}
