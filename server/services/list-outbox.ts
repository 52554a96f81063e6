import "server-only";
import type { PageDTO } from "@/lib/domain/common";
import type { OutboxEmail } from "@/lib/domain/outbox-email";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { listOutboxEmails } from "../db/outbox";
import type { PageRequest } from "../db/query";

/**
 * The building's emails, newest first: locally the inbox stand-in (the guest's check-in link is read here),
 * with SES the record of what was sent or failed. Managers only: the messages hold guests' addresses and
 * their check-in links.
 */
export async function listOutbox(
  actor: Actor,
  q: PageRequest & { status?: OutboxEmail["status"] },
): Promise<PageDTO<OutboxEmail>> {
  authorize(actor, "outbox.read");
  const page = await listOutboxEmails({ buildingId: actor.buildingId, ...q });
  return { items: page.items, cursor: page.cursor };
}
