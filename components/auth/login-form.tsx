"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { signInAction } from "@/server/actions/sign-in";

/** Email and password; errors inline under the field and, for the whole form, in an alert. */
export function LoginForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, formAction, pending] = useActionState(signInAction, null);
  const failed = state && !state.ok ? state : null;
  // Kept in state so a failed attempt does not empty the email field (React resets forms after an action).
  const [email, setEmail] = useState("");
  return (
    <form
      action={formAction}
      className="space-y-5"
      noValidate
      aria-describedby={failed && failed.code !== "validation" ? "login-error" : undefined}
    >
      {/* Field problems are shown under each field; the alert is for the form as a whole. */}
      <FormError
        id="login-error"
        title="Could not sign you in"
        message={failed?.code === "validation" ? null : failed?.message}
      />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <FormField label="Email" name="email" required error={failed?.fields?.email}>
        <Input
          type="email"
          autoComplete="username"
          inputMode="email"
          autoFocus
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
      </FormField>
      <FormField label="Password" name="password" required error={failed?.fields?.password}>
        <Input type="password" autoComplete="current-password" />
      </FormField>
      <Button type="submit" className="w-full" size="lg" loading={pending}>
        Sign in
      </Button>
    </form>
  );
}
