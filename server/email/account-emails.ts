import "server-only";
import type { User } from "@/lib/domain/user";
import { resolveLocale } from "../i18n/resolve-locale";
import { translatorFor } from "../i18n/translator";
import type { EmailMessage } from "./types";

type Recipient = Pick<User, "buildingId" | "name" | "locale">;

/** The person's own language, else the building's (emails are read outside any request). */
const translator = (user: Recipient, buildingLocale: string | null | undefined) =>
  translatorFor(resolveLocale({ userLocale: user.locale, buildingLocale }), "UTC").t;

/** The password-reset link, to the account's address; built like the invitation email (a message for sendEmail). */
export function passwordResetEmail(
  user: Recipient & Pick<User, "email">,
  buildingLocale: string | null | undefined,
  { url, expiresAt }: { url: string; expiresAt: string },
  minutes: number,
): EmailMessage {
  const t = translator(user, buildingLocale);
  const text = [
    t("email.passwordReset.greeting", { name: user.name }),
    "",
    t("email.passwordReset.body"),
    url,
    "",
    t("email.passwordReset.expiry", { minutes }),
    t("email.passwordReset.notYou"),
  ].join("\n");
  return {
    buildingId: user.buildingId,
    to: user.email,
    subject: t("email.passwordReset.subject"),
    text,
    kind: "password_reset",
    secrets: [{ value: url, expiresAt }],
  };
}

/** The confirmation link, to the NEW address: the change happens only once it is opened and confirmed. */
export function emailChangeConfirmEmail(
  user: Recipient,
  newEmail: string,
  buildingLocale: string | null | undefined,
  { url, expiresAt }: { url: string; expiresAt: string },
): EmailMessage {
  const t = translator(user, buildingLocale);
  const text = [
    t("email.emailChange.greeting", { name: user.name }),
    "",
    t("email.emailChange.body", { email: newEmail }),
    url,
    "",
    t("email.emailChange.expiry"),
    t("email.emailChange.notYou"),
  ].join("\n");
  return {
    buildingId: user.buildingId,
    to: newEmail,
    subject: t("email.emailChange.subject"),
    text,
    kind: "email_change",
    secrets: [{ value: url, expiresAt }],
  };
}

/** The notice to the OLD address once the change is done, so a takeover does not go unnoticed. */
export function emailChangedNoticeEmail(
  user: Recipient,
  oldEmail: string,
  newEmail: string,
  buildingLocale: string | null | undefined,
): EmailMessage {
  const t = translator(user, buildingLocale);
  const text = [
    t("email.emailChanged.greeting", { name: user.name }),
    "",
    t("email.emailChanged.body", { email: newEmail }),
    t("email.emailChanged.notYou"),
  ].join("\n");
  return {
    buildingId: user.buildingId,
    to: oldEmail,
    subject: t("email.emailChanged.subject"),
    text,
    kind: "email_changed",
  };
}
