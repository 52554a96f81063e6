import "server-only";
import { newId } from "@/lib/domain/ids";
import { toItem } from "../db/item";
import { keys, partitions } from "../db/keys";
import { type PageRequest, queryPage } from "../db/query";
import { putItem } from "../db/write";
import type { SmsMessage, SmsTransport } from "./types";

export type StoredSms = SmsMessage & { id: string; status: "pending"; createdAt: string };

/** Local stand-in for an SMS gateway: the text is stored in the building's SMS outbox, where a developer reads it. */
export const smsOutboxTransport: SmsTransport = {
  name: "outbox",
  async send(m) {
    const sms: StoredSms = { ...m, id: newId(), status: "pending", createdAt: new Date().toISOString() };
    await putItem(toItem(sms, keys.smsOutbox(m.buildingId, sms.id)));
    return { id: sms.id, transport: "outbox", status: "pending" };
  },
};

/** The building's recorded texts, newest first. */
export function listSmsOutbox({ buildingId, ...page }: { buildingId: string } & PageRequest) {
  return queryPage<StoredSms>({ pk: partitions.smsOutbox(buildingId), ascending: false, ...page });
}
