import "server-only";
import type { PageDTO } from "@/lib/domain/common";
import type { OutboxEmail } from "@/lib/domain/outbox-email";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { listOutboxEmails } from "../../db/outbox";
import type { PageRequest } from "../../db/query";
import { readableText } from "../../email/outbox-transport";

/**
 * The building's emails, newest first: locally the inbox stand-in (the guest's check-in link is read here),
 * with SES the record of what was sent or failed. Managers only: the messages hold guests' addresses.
 * Secret links (check-in, invitation) are redacted; only the local outbox page asks for `revealLinks`, and
 * gets the full text while those links still work and only where the local transport kept it (never with
 * SES). The API never reveals them: a manager cannot take over a colleague's pending invitation through it.
 */
export async function listOutbox(
  actor: Actor,
  q: PageRequest & { status?: OutboxEmail["status"] },
  opts: { revealLinks?: boolean; now?: Date } = {},
): Promise<PageDTO<OutboxEmail>> {
  authorize(actor, "outbox.read");
  const page = await listOutboxEmails({ buildingId: actor.buildingId, ...q });
  const now = opts.now ?? new Date();
  const items = page.items.map((stored) => {
    const { fullText: _f, ttl: _t, ...email } = stored;
    return opts.revealLinks ? { ...email, text: readableText(stored, now) } : email;
  });
  return { items, cursor: page.cursor };
}
