import { cloneElement, isValidElement, type ReactElement, type ReactNode, useId } from "react";
import { cn } from "@/lib/cn";
import { FieldErrors } from "./field-errors";
import { Label } from "./label";

/** What FormField hands to its control so that label, hint and errors are announced with it. */
export type FieldControlProps = {
  id: string;
  name?: string;
  required?: boolean;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
};

export type FormFieldProps = {
  label: ReactNode;
  /** The control's `name`; also given to the control when it has none. */
  name?: string;
  /** Defaults to a generated id. */
  id?: string;
  hint?: ReactNode;
  /** The field's messages, e.g. `result.fields?.email` from a failed action. */
  error?: string[];
  required?: boolean;
  className?: string;
  /**
   * One control element (Input, Textarea, Select…) that receives id, name, required, aria-describedby and aria-invalid,
   * or a function that receives them, for controls that need them placed somewhere else.
   */
  children: ReactElement<Record<string, unknown>> | ((control: FieldControlProps) => ReactNode);
};

/** Label + control + hint + inline errors, wired with htmlFor, aria-describedby and aria-invalid. */
export function FormField({ label, name, id, hint, error, required, className, children }: FormFieldProps) {
  const generatedId = useId();
  const controlId = id ?? `field${generatedId.replace(/:/g, "")}`;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errors = error?.filter(Boolean) ?? [];
  const errorId = errors.length > 0 ? `${controlId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  const control: FieldControlProps = {
    id: controlId,
    name,
    required,
    "aria-describedby": describedBy,
    "aria-invalid": errors.length > 0 ? true : undefined,
  };

  return (
    <div className={cn("space-y-1.5", className)}>
      <Label htmlFor={controlId} required={required}>
        {label}
      </Label>
      {typeof children === "function" ? children(control) : wire(children, control)}
      {hint ? (
        <p id={hintId} className="text-slate-600 text-sm">
          {hint}
        </p>
      ) : null}
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}

function wire(child: ReactElement<Record<string, unknown>>, control: FieldControlProps): ReactNode {
  if (!isValidElement(child)) return child;
  const own = child.props;
  const ownDescribedBy = typeof own["aria-describedby"] === "string" ? own["aria-describedby"] : undefined;
  return cloneElement(child, {
    id: control.id,
    name: own.name ?? control.name,
    required: own.required ?? control.required,
    "aria-invalid": own["aria-invalid"] ?? control["aria-invalid"],
    "aria-describedby": [ownDescribedBy, control["aria-describedby"]].filter(Boolean).join(" ") || undefined,
  });
}

export { FieldErrors, type FieldErrorsProps } from "./field-errors";
