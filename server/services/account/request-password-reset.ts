import "server-only";
import { PASSWORD_RESET_MINUTES } from "@/lib/domain/account";
import type { UserRecord } from "@/lib/domain/user";
import { AppError } from "@/lib/errors";
import { putAccountLink } from "../../db/account-links";
import { findBuilding } from "../../db/buildings";
import { addToRateWindow } from "../../db/rate-windows";
import { sessionVersionOf } from "../../db/user-sessions";
import { findUserCredentialsByEmail } from "../../db/users";
import { passwordResetEmail } from "../../email/account-emails";
import { sendEmail } from "../../email/send-email";
import { logger } from "../../logger";
import { recordAudit } from "../audit/audit";
import { newAccountLink, selfActor } from "./account-links";

const HOUR_MS = 60 * 60_000;
/** Links per address per hour: enough for a lost email, too few to flood someone's inbox. */
const PER_EMAIL = 3;
/** Requests per client per hour, whatever the addresses: enough for a shared office, too few to enumerate. */
const PER_CLIENT = 10;

/** Runs work after the answer has gone out (the action passes Next's `after`); by default, before answering. */
export type Defer = (work: () => Promise<void>) => void;

/**
 * "Forgot password": emails a one-time link to an active account. The caller gets the same answer whether or not
 * the address has an account (nothing is returned), and both paths do the same counting and lookup first; with
 * `defer`, issuing and sending the link happen after the answer, so its time does not tell either. An address
 * over its hourly limit silently gets no new link (its inbox already holds some). Only the client's limit answers
 * 429, which it does for known and unknown addresses alike.
 */
export async function requestPasswordReset(
  { email: raw, client }: { email: string; client: string },
  now = new Date(),
  defer?: Defer,
): Promise<void> {
  const email = raw.trim().toLowerCase();
  const byClient = await addToRateWindow({
    scope: "reset-client",
    key: client,
    windowMs: HOUR_MS,
    max: PER_CLIENT,
  });
  if (!byClient) throw new AppError("rate_limited", "Too many requests. Try again in an hour.");
  const [byEmail, user] = await Promise.all([
    addToRateWindow({ scope: "reset-email", key: email, windowMs: HOUR_MS, max: PER_EMAIL }),
    findUserCredentialsByEmail({ email }),
  ]);
  if (!byEmail || user?.status !== "active") return;
  const work = () =>
    sendResetLink(user, now).catch((e) =>
      logger.error("password reset link not issued", { userId: user.id, error: String(e) }),
    );
  if (defer) defer(work);
  else await work();
}

async function sendResetLink(user: UserRecord, now: Date): Promise<void> {
  const { tokenHash, link, url } = newAccountLink("reset", user, sessionVersionOf(user), now);
  const [, building] = await Promise.all([
    putAccountLink({ tokenHash, link }),
    findBuilding({ buildingId: user.buildingId }),
  ]);
  await Promise.all([
    sendEmail(
      passwordResetEmail(user, building?.locale, { url, expiresAt: link.expiresAt }, PASSWORD_RESET_MINUTES),
    ),
    recordAudit(selfActor(user), "user.password.reset.request", { type: "user", id: user.id }, "success"),
  ]);
}
