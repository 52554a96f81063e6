"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "./button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "./dialog";
import { FormError } from "./form-error";

/**
 * A danger button that asks first: a dialog says what will happen, "confirm" runs the action, a failure is
 * shown in the dialog, and on success the dialog closes and the page re-reads its data.
 */
export function ConfirmActionButton({
  labels,
  run,
  onDone,
}: {
  labels: {
    button: string;
    title: string;
    description: string;
    close: string;
    cancel: string;
    confirm: string;
    errorTitle?: string;
  };
  /** the action: null when it worked, else the message to show */
  run: () => Promise<string | null>;
  onDone?: () => void;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const confirm = () =>
    startTransition(async () => {
      const failed = await run();
      if (failed !== null) return setError(failed);
      setOpen(false);
      onDone?.();
      router.refresh();
    });
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger>
        <Button variant="danger">{labels.button}</Button>
      </DialogTrigger>
      <DialogContent title={labels.title} description={labels.description} closeLabel={labels.close}>
        <FormError message={error} title={labels.errorTitle} />
        <DialogFooter>
          <DialogClose>
            <Button variant="secondary">{labels.cancel}</Button>
          </DialogClose>
          <Button variant="danger" onClick={confirm} loading={pending}>
            {labels.confirm}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
