import "server-only";
import type { Building } from "@/lib/domain/building";
import type { Pass } from "@/lib/domain/pass";
import { config } from "../../config";
import { sendEmail } from "../../email/send-email";
import { logger } from "../../logger";

/** The public page of a pass: whoever holds the link sees the holder's name, the PIN and when it works. */
export function passLink(token: string): string {
  return new URL(`/pass/${token}`, config().APP_URL).toString();
}

function when(p: Pass, timeZone: string): string {
  const s = p.schedule;
  if (s.kind === "weekly")
    return `every ${s.weekdays.join(", ")} ${s.startTime}–${s.endTime}, ${s.from} to ${s.until}`;
  const f = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone });
  return `${f.format(new Date(s.from))} to ${f.format(new Date(s.until))}`;
}

/**
 * An email delivery: the PIN, when it works and the link, to the holder (through the outbox, like every email).
 * A consequence of an issued or approved pass: a failure is logged, never undoes it. Link deliveries send nothing.
 */
export async function deliverPass(
  p: Pass,
  building: Pick<Building, "name" | "timezone">,
  link: string | null,
) {
  if (p.delivery !== "email" || !p.holder.email || p.status !== "active") return;
  const body = [
    `${p.issuedBy.name} gave you an access pass to ${building.name}.`,
    `Your PIN: ${p.pin}`,
    `It works ${when(p, building.timezone)} (${building.timezone}).`,
    link ? `\n${link}` : "",
  ].join("\n");
  await sendEmail({
    buildingId: p.buildingId,
    to: p.holder.email,
    subject: `Your access pass to ${building.name}`,
    text: `${body}\n`,
    kind: "pass",
  }).catch((e) => logger.error("pass email failed", { passId: p.id, error: String(e) }));
}
