"use client";

import { type FormEvent, type ReactNode, type RefObject, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { LinkButton } from "@/components/ui/link-button";
import { useErrorMessage } from "@/components/ui/use-error-message";
import type { ErrorCode } from "@/lib/errors";
import { focusFirstInvalid } from "./focus-first-invalid";
import { SavedIndicator, type SaveState } from "./saved-indicator";

export type FieldErrors<F extends string> = Partial<Record<F, string[]>>;

/**
 * The state every manager add/edit form keeps: field errors, the form-level error, saved/dirty, the pending
 * save, and what to do when the server answers (`succeeded`, or `failed` with the field messages it named).
 */
export function useManagerForm<F extends string>() {
  const errorText = useErrorMessage();
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [state, setState] = useState<SaveState>({ kind: "clean" });
  const [pending, startTransition] = useTransition();
  const succeeded = () => {
    setErrors({});
    setFormError(null);
  };
  /** Field messages where the server named fields we show, else the error code's message for the whole form. */
  const failed = (fields: FieldErrors<F>, code: ErrorCode) => {
    setErrors(fields);
    setFormError(Object.keys(fields).length ? null : errorText({ code }));
    focusFirstInvalid(formRef.current);
  };
  return {
    formRef,
    errors,
    setErrors,
    formError,
    state,
    setState,
    pending,
    startTransition,
    succeeded,
    failed,
  };
}

/**
 * A manager add/edit form: the form-level error on top, the fields, then the saved indicator (when editing),
 * cancel and submit. Any change marks the form dirty.
 */
export function ManagerForm({
  form,
  onSubmit,
  editing,
  labels,
  cancelHref,
  children,
}: {
  form: {
    formRef: RefObject<HTMLFormElement | null>;
    formError: string | null;
    state: SaveState;
    setState: (s: SaveState) => void;
    pending: boolean;
  };
  onSubmit: (e: FormEvent<HTMLFormElement>) => void;
  editing: boolean;
  labels: { errorTitle: string; cancel: string; submit: string };
  cancelHref: string;
  children: ReactNode;
}) {
  return (
    <form
      ref={form.formRef}
      onSubmit={onSubmit}
      onChange={() => form.setState({ kind: "dirty" })}
      noValidate
      className="space-y-5"
    >
      <FormError message={form.formError} title={labels.errorTitle} />
      {children}
      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:items-center sm:justify-between">
        {editing ? <SavedIndicator state={form.state} /> : <span />}
        <div className="flex flex-col-reverse gap-2 sm:flex-row">
          <LinkButton variant="secondary" href={cancelHref}>
            {labels.cancel}
          </LinkButton>
          <Button type="submit" loading={form.pending}>
            {labels.submit}
          </Button>
        </div>
      </div>
    </form>
  );
}
