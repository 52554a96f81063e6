import "server-only";
import { newId } from "@/lib/domain/ids";
import type { Package } from "@/lib/domain/package";
import type { User } from "@/lib/domain/user";
import { config } from "../../config";
import { createNotification } from "../../db/notifications";
import { sendEmail } from "../../email/send-email";
import { logger } from "../../logger";

const HREF = "/resident/packages";

/**
 * Tells each recipient a parcel waits: in the app and by email (the email layer keeps every message in the outbox
 * even without a mail server). A consequence of a logged parcel, so a failure is logged and never undoes it.
 */
export async function notifyPackageWaiting(
  pkg: Package,
  recipients: Pick<User, "id" | "email" | "status">[],
) {
  const title = `A parcel is waiting for you (${pkg.carrier})`;
  const where = pkg.shelf ? ` It is on shelf ${pkg.shelf}.` : "";
  const body = `${pkg.carrier}${pkg.trackingNumber ? ` ${pkg.trackingNumber}` : ""} arrived for ${pkg.recipientName}.${where} Show your pickup PIN ${pkg.pickupPin} at the desk.`;
  for (const person of recipients.filter((r) => r.status === "active")) {
    try {
      await createNotification({
        notification: {
          id: newId(),
          buildingId: pkg.buildingId,
          userId: person.id,
          kind: "package",
          title: title.slice(0, 200),
          body: body.slice(0, 2000),
          href: HREF,
          readAt: null,
          createdAt: new Date().toISOString(),
        },
      });
      const link = new URL(HREF, config().APP_URL).toString();
      await sendEmail({
        buildingId: pkg.buildingId,
        to: person.email,
        subject: title,
        text: `${body}\n\n${link}\n`,
        kind: "package",
      });
    } catch (e) {
      logger.error("package notification failed", { packageId: pkg.id, userId: person.id, error: String(e) });
    }
  }
}
