"use client";

import { BatteryLow, BatteryMedium, Lock, LockOpen, Wifi, WifiOff } from "lucide-react";
import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { AccessResult } from "@/lib/domain/access-log";
import type { DeviceDTO } from "@/lib/domain/device";
import type { CommandStatus } from "@/lib/domain/device-command";
import { batteryOf, isLowBattery, lockedOf, stateSummary } from "./device-state";

/** Online or offline, in words (the colour and icon only reinforce it). */
export function OnlineBadge({ online }: { online: boolean }) {
  const t = useTranslations("devices.status");
  return (
    <Badge tone={online ? "success" : "danger"} data-online={online}>
      {online ? <Wifi aria-hidden="true" /> : <WifiOff aria-hidden="true" />}
      {online ? t("online") : t("offline")}
    </Badge>
  );
}

/** "87 %", with a warning badge under the low-battery threshold; a dash when the device reports none. */
export function BatteryLevel({ device }: { device: Pick<DeviceDTO, "state"> }) {
  const t = useTranslations("devices.status");
  const b = batteryOf(device);
  if (b === null) return <span className="text-slate-600">{t("noBattery")}</span>;
  if (isLowBattery(device)) {
    return (
      <Badge tone="warning">
        <BatteryLow aria-hidden="true" />
        {t("batteryLow", { value: b })}
      </Badge>
    );
  }
  return (
    <span className="inline-flex items-center gap-1 tabular-nums">
      <BatteryMedium aria-hidden="true" className="size-4 text-slate-500" />
      {t("battery", { value: b })}
    </span>
  );
}

/** The device's reported state in words: "Locked", "Dry", "21.4 °C (set 21 °C)". */
export function DeviceStateText({ device }: { device: Pick<DeviceDTO, "state" | "type"> }) {
  const t = useTranslations("devices.state");
  const { key, values } = stateSummary(device);
  const locked = lockedOf(device);
  if (locked !== null) {
    return (
      <Badge tone={locked ? "neutral" : "warning"} data-locked={locked}>
        {locked ? <Lock aria-hidden="true" /> : <LockOpen aria-hidden="true" />}
        {t(key, values)}
      </Badge>
    );
  }
  return <span className={key === "leak" ? "font-medium text-red-800" : undefined}>{t(key, values)}</span>;
}

const COMMAND_TONE: Record<CommandStatus, BadgeTone> = {
  pending: "info",
  acknowledged: "success",
  rejected: "danger",
  failed: "danger",
  timed_out: "warning",
  unreachable: "danger",
};

export function CommandStatusBadge({ status }: { status: CommandStatus }) {
  const t = useTranslations("devices.commandStatus");
  return (
    <Badge tone={COMMAND_TONE[status]} data-status={status}>
      {t(status)}
    </Badge>
  );
}

export function AccessResultBadge({ result }: { result: AccessResult }) {
  const t = useTranslations("devices.accessResult");
  return (
    <Badge tone={result === "granted" ? "success" : "danger"} data-result={result}>
      {t(result)}
    </Badge>
  );
}
