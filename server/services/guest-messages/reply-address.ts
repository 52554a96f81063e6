import "server-only";
import { randomBytes } from "node:crypto";
import { config } from "../../config";
import { ensureStayMessaging, findStayMessaging, type StayMessaging } from "../../db/stay-messages";
import { hashToken } from "../../db/token-hash";

/** 128 random bits, lowercase hex: safe in an address's local part (case-insensitive mail systems included). */
const newReplyToken = () => randomBytes(16).toString("hex");
const TOKEN = /^[0-9a-f]{32}$/;

/** The stay's messaging state, made on first use with its own unguessable reply token. */
export async function stayMessagingOf(
  r: { buildingId: string; id: string },
  now = new Date(),
): Promise<StayMessaging> {
  const existing = await findStayMessaging({ buildingId: r.buildingId, reservationId: r.id });
  if (existing) return existing;
  const replyToken = newReplyToken();
  return ensureStayMessaging(
    {
      buildingId: r.buildingId,
      reservationId: r.id,
      paused: false,
      replyToken,
      updatedAt: now.toISOString(),
    },
    hashToken(replyToken),
  );
}

/** `local+token@domain` from EMAIL_REPLY_ADDRESS (plus-addressing); null when replies are not configured. */
export function replyAddressOf(replyToken: string): string | null {
  const base = config().EMAIL_REPLY_ADDRESS;
  if (!base) return null;
  const at = base.lastIndexOf("@");
  return `${base.slice(0, at)}+${replyToken}@${base.slice(at + 1)}`;
}

/** The reply token in an address made by replyAddressOf (same local part and domain), or null. */
export function replyTokenIn(address: string): string | null {
  const base = config().EMAIL_REPLY_ADDRESS;
  if (!base) return null;
  const at = base.lastIndexOf("@");
  const [local, domain] = [base.slice(0, at).toLowerCase(), base.slice(at + 1).toLowerCase()];
  const a = address.trim().toLowerCase();
  const m = /^([^@+]+)\+([^@]+)@(.+)$/.exec(a);
  if (!m || m[1] !== local || m[3] !== domain || !TOKEN.test(m[2])) return null;
  return m[2];
}
