import "server-only";
import type { User } from "@/lib/domain/user";
import { logger } from "../logger";
import { sendEmail } from "./send-email";

/** The invitation email: who invited, to which building, and the link that sets a password. */
export function invitationEmail(
  user: Pick<User, "buildingId" | "email" | "name" | "role">,
  buildingName: string,
  url: string,
  expiresAt: string,
) {
  const subject = `You are invited to ${buildingName} on BuildingOS`;
  const text = [
    `Hello ${user.name},`,
    "",
    `You have been invited to ${buildingName} as ${user.role}.`,
    "Open this link to choose your password and sign in:",
    url,
    "",
    `The link works once, until ${expiresAt.slice(0, 10)}. If you did not expect it, ignore this email.`,
  ].join("\n");
  return {
    buildingId: user.buildingId,
    to: user.email,
    subject,
    text,
    kind: "invitation",
    secrets: [{ value: url, expiresAt }],
  };
}

/** A failure is logged and recorded by sendEmail, never thrown: the invitation stands and can be re-sent. */
export async function sendInvitationEmail(...args: Parameters<typeof invitationEmail>): Promise<void> {
  try {
    await sendEmail(invitationEmail(...args));
  } catch (e) {
    logger.error("invitation email not recorded", { userId: args[0].email, error: String(e) });
  }
}
