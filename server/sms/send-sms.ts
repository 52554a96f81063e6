import "server-only";
import { config } from "../config";
import { awsSmsTransport } from "./aws-transport";
import { smsOutboxTransport } from "./outbox-transport";
import type { SmsTransport } from "./types";

/** `SMS_TRANSPORT=outbox|aws` (default outbox), read on each call so tests and scripts can switch it. */
export function smsTransport(): SmsTransport {
  return config().SMS_TRANSPORT === "aws" ? awsSmsTransport() : smsOutboxTransport;
}
