"use client";

import { Lock, LockOpen, RefreshCw } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { toast } from "@/components/ui/toast";
import { useErrorMessage } from "@/components/ui/use-error-message";
import type { DeviceDTO } from "@/lib/domain/device";
import type { CommandStatus, DeviceAction } from "@/lib/domain/device-command";
import { commandDeviceAction } from "@/server/actions/command-device";
import { CommandStatusBadge } from "./device-badges";

type PageAction = "lock" | "unlock" | "refresh";
export type CommandResult = {
  id: string;
  action: DeviceAction;
  status: CommandStatus;
  reason: string | null;
  /** the state the device reported with its ack */
  resultState: Record<string, unknown> | null;
};

/**
 * Lock, unlock (after a confirmation) and refresh. The command shows as pending at once, then its outcome
 * (acknowledged, rejected, failed, timed out, unreachable) in place and in a toast, without a reload.
 */
export function DeviceCommands({
  device,
  onEnded,
}: {
  device: Pick<DeviceDTO, "id" | "name" | "type" | "online">;
  onEnded?: (c: CommandResult) => void;
}) {
  const t = useTranslations("devices.commands");
  const actionName = useTranslations("devices.action");
  const errorText = useErrorMessage("device");
  const [pending, startTransition] = useTransition();
  const [current, setCurrent] = useState<{
    action: PageAction;
    status: CommandStatus;
    reason?: string | null;
  } | null>(null);
  const [confirming, setConfirming] = useState(false);

  const send = (action: PageAction) => {
    setConfirming(false);
    setCurrent({ action, status: "pending" });
    startTransition(async () => {
      const result = await commandDeviceAction({ deviceId: device.id, action });
      if (!result.ok) {
        setCurrent(null);
        toast.error(errorText(result));
        return;
      }
      const c = result.data;
      setCurrent({ action, status: c.status, reason: c.reason });
      onEnded?.({
        id: c.id,
        action: c.action,
        status: c.status,
        reason: c.reason,
        resultState: c.resultState,
      });
      const what = { action: actionName(action), name: device.name };
      if (c.status === "acknowledged") toast.success(t("done", what));
      else if (c.status === "timed_out") toast.warning(t("timedOut", what));
      else if (c.status === "unreachable") toast.error(t("unreachable", what));
      else toast.error(t("refused", { ...what, reason: c.reason ?? t("noReason") }));
    });
  };

  const lock = device.type === "lock";
  return (
    <div className="space-y-3">
      {!device.online ? <p className="text-amber-800 text-sm">{t("offlineHint")}</p> : null}
      <div className="flex flex-wrap gap-2">
        {lock ? (
          <>
            <Button variant="secondary" onClick={() => send("lock")} disabled={pending}>
              <Lock aria-hidden="true" />
              {actionName("lock")}
            </Button>
            <Dialog open={confirming} onOpenChange={setConfirming}>
              <DialogTrigger>
                <Button disabled={pending}>
                  <LockOpen aria-hidden="true" />
                  {actionName("unlock")}
                </Button>
              </DialogTrigger>
              <DialogContent
                title={t("confirmTitle", { name: device.name })}
                description={t("confirmBody")}
                closeLabel={t("cancel")}
              >
                <DialogFooter>
                  <DialogClose>
                    <Button variant="secondary">{t("cancel")}</Button>
                  </DialogClose>
                  <Button onClick={() => send("unlock")}>{t("confirm")}</Button>
                </DialogFooter>
              </DialogContent>
            </Dialog>
          </>
        ) : null}
        <Button variant="secondary" onClick={() => send("refresh")} disabled={pending}>
          <RefreshCw aria-hidden="true" />
          {actionName("refresh")}
        </Button>
      </div>
      <p
        role="status"
        className="flex min-h-6 flex-wrap items-center gap-2 text-slate-700 text-sm"
        data-testid="command-status"
      >
        {current ? (
          <>
            <span>{t("last", { action: actionName(current.action) })}</span>
            <CommandStatusBadge status={current.status} />
            {current.reason ? <span className="text-slate-600">{current.reason}</span> : null}
          </>
        ) : null}
      </p>
    </div>
  );
}
