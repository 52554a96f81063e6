import type { ReactNode } from "react";
import { Alert } from "./alert";

export type FormErrorProps = {
  /** The form-level message, e.g. `errorText(result)` of a failed action (useErrorMessage); nothing renders without it. */
  message?: string | null;
  title?: ReactNode;
  className?: string;
  id?: string;
};

/** A form's overall error, announced at once (role="alert") when it appears. */
export function FormError({ message, title, className, id }: FormErrorProps) {
  if (!message) return null;
  return (
    <Alert id={id} role="alert" tone="danger" title={title} className={className}>
      {message}
    </Alert>
  );
}
