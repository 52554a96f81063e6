import "server-only";
import type { Building } from "@/lib/domain/building";
import type { Pass } from "@/lib/domain/pass";
import { notifyPeople } from "../notifications/notify-people";
import { staffRecipients } from "../notifications/recipients";

/**
 * Staff and managers hear of a pass waiting for their approval, each in their language, on the channels they
 * chose for passes (in-app by default, and email). The notice opens the pass's page, where they approve or
 * decline it. A consequence of the issued pass: `notifyPeople` logs failures and never throws.
 */
export async function notifyPendingPass(p: Pass, building: Building): Promise<void> {
  await notifyPeople(await staffRecipients(building), {
    buildingId: p.buildingId,
    kind: "pass",
    timeZone: building.timezone,
    text: (t) => ({
      title: t("lifeNotices.passPending.title", { holder: p.holder.name }),
      body: t("lifeNotices.passPending.body", {
        issuer: p.issuedBy.name,
        holder: p.holder.name,
        kind: t(`passes.kinds.${p.holder.kind}`).toLowerCase(),
      }),
    }),
    href: () => `/staff/passes/${p.id}`,
  });
}
