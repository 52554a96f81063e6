"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { useErrorMessage } from "@/components/ui/use-error-message";
import type { CommandStatus } from "@/lib/domain/device-command";
import { commandDeviceAction } from "@/server/actions/command-device";
import type { GuestActions } from "@/server/services/checkin/get-guest-actions";
import { LockOpen } from "./guest-icons";

type Door = GuestActions["doors"][number];

/**
 * One of the guest's doors (guest-doors.tsx): "Unlock" after a confirmation that they are at the door, then the
 * lock's own answer (acknowledged, refused, no answer), announced to screen readers.
 */
export function DoorRow({ door }: { door: Door }) {
  const t = useTranslations("guestStay.doors");
  const errorText = useErrorMessage("device");
  const [open, setOpen] = useState(false);
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<string>("");
  const unlock = () => {
    setOpen(false);
    setOutcome(t("opening", { name: door.name }));
    startTransition(async () => {
      const result = await commandDeviceAction({ deviceId: door.id, action: "unlock" });
      if (!result.ok) return setOutcome(errorText(result));
      setOutcome(statusText(result.data.status));
    });
  };
  const statusText = (s: CommandStatus) =>
    s === "acknowledged"
      ? t("opened", { name: door.name })
      : s === "timed_out"
        ? t("noAnswer", { name: door.name })
        : s === "unreachable"
          ? t("unreachable", { name: door.name })
          : t("refused", { name: door.name });
  return (
    <div className="flex flex-wrap items-center gap-3">
      <div className="min-w-0 flex-1">
        <p className="font-medium text-slate-900">{door.name}</p>
        <p className="text-slate-600 text-sm">
          {door.shared ? t("shared") : t("yourDoor")}
          {door.online ? "" : ` · ${t("offline")}`}
        </p>
      </div>
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogTrigger>
          <Button size="lg" disabled={pending} loading={pending} className="w-full sm:w-auto">
            <LockOpen aria-hidden="true" />
            {t("unlock")}
            <span className="sr-only">: {door.name}</span>
          </Button>
        </DialogTrigger>
        <DialogContent
          title={t("confirmTitle", { name: door.name })}
          description={t("confirmBody")}
          closeLabel={t("cancel")}
        >
          <DialogFooter>
            <DialogClose>
              <Button variant="secondary">{t("cancel")}</Button>
            </DialogClose>
            <Button onClick={unlock}>{t("confirm")}</Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
      <p role="status" className="w-full text-slate-700 text-sm" data-testid={`door-status-${door.id}`}>
        {outcome}
      </p>
    </div>
  );
}
