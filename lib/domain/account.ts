import { z } from "zod";
import { emailSchema } from "./common";
import { passwordSchema } from "./user";

/** How long an emailed password-reset link works; using it once (or a newer one) ends it. */
export const PASSWORD_RESET_MINUTES = 30;
/** How long the confirmation link sent to a new email address works. */
export const EMAIL_CHANGE_MINUTES = 24 * 60;

/** A secret link's token as it arrives from the URL (43 base64url characters when we issued it). */
const linkTokenSchema = z.string().min(20).max(200);

const newPasswordTwice = {
  password: passwordSchema,
  confirm: z.string().max(200),
};
const passwordsMatch = (v: { password: string; confirm: string }) => v.password === v.confirm;
const mismatch = { path: ["confirm"], message: "The passwords do not match" };

/** The forgot-password page: only an email. The answer is the same whether or not it has an account. */
export const forgotPasswordInputSchema = z.object({ email: emailSchema });
export type ForgotPasswordInput = z.infer<typeof forgotPasswordInputSchema>;

/** The reset link's page: the token from the link and a new password, typed twice. */
export const resetPasswordInputSchema = z
  .object({ token: linkTokenSchema, ...newPasswordTwice })
  .refine(passwordsMatch, mismatch);
export type ResetPasswordInput = z.infer<typeof resetPasswordInputSchema>;

/** The account page: the current password (re-authentication) and the new one, twice. */
export const changePasswordInputSchema = z
  .object({ currentPassword: z.string().min(1).max(200), ...newPasswordTwice })
  .refine(passwordsMatch, mismatch);
export type ChangePasswordInput = z.infer<typeof changePasswordInputSchema>;

/** The account page: the new address and the current password; the change waits for the emailed link. */
export const changeEmailInputSchema = z.object({
  email: emailSchema,
  currentPassword: z.string().min(1).max(200),
});
export type ChangeEmailInput = z.infer<typeof changeEmailInputSchema>;

/** The confirmation link's page: its token, posted by the "Confirm" button (opening the link changes nothing). */
export const confirmEmailChangeInputSchema = z.object({ token: linkTokenSchema });
export type ConfirmEmailChangeInput = z.infer<typeof confirmEmailChangeInputSchema>;

/** "Sign out of all devices" takes no input. */
export const signOutEverywhereInputSchema = z.object({});
