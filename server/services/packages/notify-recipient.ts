import "server-only";
import type { Building } from "@/lib/domain/building";
import type { Package } from "@/lib/domain/package";
import type { User } from "@/lib/domain/user";
import { notifyPeople } from "../notifications/notify-people";
import { userRecipient } from "../notifications/recipients";

/**
 * Tells each recipient a parcel waits, in their own language, on the channels they chose for parcels (in the app
 * and by email by default; the email layer keeps every message in the outbox even without a mail server). A
 * consequence of a logged parcel: `notifyPeople` logs a failure and never undoes it.
 */
export async function notifyPackageWaiting(
  pkg: Package,
  recipients: User[],
  building: Building,
  unitNumber: string,
) {
  await notifyPeople(
    recipients.filter((r) => r.status === "active").map((u) => userRecipient(building, u)),
    {
      buildingId: pkg.buildingId,
      kind: "package",
      timeZone: building.timezone,
      text: (t) => ({
        title: t("lifeNotices.packageWaiting.title", { carrier: pkg.carrier }),
        body: [
          t("lifeNotices.packageWaiting.arrived", {
            carrier: pkg.carrier,
            tracking: pkg.trackingNumber ? ` ${pkg.trackingNumber}` : "",
            recipient: pkg.recipientId
              ? pkg.recipientName
              : t("lifeNotices.packageWaiting.unit", { unit: unitNumber }),
          }),
          pkg.shelf ? t("lifeNotices.packageWaiting.shelf", { shelf: pkg.shelf }) : "",
          t("lifeNotices.packageWaiting.pin", { pin: pkg.pickupPin }),
        ]
          .filter(Boolean)
          .join(" "),
      }),
      href: () => "/resident/packages",
    },
  );
}
