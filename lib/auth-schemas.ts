import { z } from "zod";

export const signInSchema = z.object({
  email: z.email("Enter the email address you were invited with.").trim().toLowerCase(),
  password: z.string().min(1, "Enter your password.").max(200, "That password is too long."),
  callbackUrl: z.string().optional(),
});
export type SignInInput = z.infer<typeof signInSchema>;

/** Only same-site paths are followed after sign-in, never another origin. */
export function safeCallbackPath(url: string | undefined | null): string | undefined {
  if (!url?.startsWith("/") || url.startsWith("//") || url.startsWith("/\\")) return undefined;
  return url;
}
