"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { RelativeTime } from "@/components/tickets/relative-time";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { DeviceDTO } from "@/lib/domain/device";
import { BatteryLevel, DeviceStateText, OnlineBadge } from "./device-badges";
import { DeviceCommands } from "./device-commands";
import { LiveIndicator } from "./live-indicator";
import { useLiveUpdates } from "./use-live-updates";

/**
 * A resident's own devices as cards (phones first), live, with lock and unlock on their doors (none while the
 * building has device control switched off: `commands` false).
 */
export function ResidentDevices({
  initial,
  unitNumbers,
  commands = true,
}: {
  initial: DeviceDTO[];
  unitNumbers: Record<string, string>;
  commands?: boolean;
}) {
  const t = useTranslations("devices.resident");
  const type = useTranslations("devices.type");
  const [devices, setDevices] = useState(initial);
  const [announcement, setAnnouncement] = useState("");
  const status = useLiveUpdates((m) => {
    if (m.type !== "device") return;
    setDevices((all) => {
      const before = all.find((d) => d.id === m.device.id);
      if (!before) return all;
      if (before.online !== m.device.online) {
        setAnnouncement(
          m.device.online
            ? t("cameOnline", { name: m.device.name })
            : t("wentOffline", { name: m.device.name }),
        );
      }
      return all.map((d) => (d.id === m.device.id ? m.device : d));
    });
  });
  return (
    <div className="space-y-3">
      <div className="flex justify-end">
        <LiveIndicator status={status} />
      </div>
      <ul className="grid gap-4 md:grid-cols-2">
        {devices.map((d) => (
          <li key={d.id} data-device={d.id}>
            <Card className="h-full">
              <CardHeader>
                <CardTitle as="h3">{d.name}</CardTitle>
                <p className="text-slate-600 text-sm">
                  {type(d.type)}
                  {d.unitId ? ` · ${t("unit", { number: unitNumbers[d.unitId] ?? "?" })}` : ""}
                </p>
              </CardHeader>
              <CardContent className="space-y-4">
                <dl className="grid grid-cols-2 gap-3 text-sm">
                  <div>
                    <dt className="font-medium text-slate-600">{t("status")}</dt>
                    <dd>
                      <OnlineBadge online={d.online} />
                    </dd>
                  </div>
                  <div>
                    <dt className="font-medium text-slate-600">{t("state")}</dt>
                    <dd>
                      <DeviceStateText device={d} />
                    </dd>
                  </div>
                  <div>
                    <dt className="font-medium text-slate-600">{t("battery")}</dt>
                    <dd>
                      <BatteryLevel device={d} />
                    </dd>
                  </div>
                  <div>
                    <dt className="font-medium text-slate-600">{t("lastSeen")}</dt>
                    <dd>{d.lastSeenAt ? <RelativeTime value={d.lastSeenAt} /> : t("never")}</dd>
                  </div>
                </dl>
                {commands && d.type === "lock" ? (
                  <DeviceCommands
                    device={d}
                    onEnded={({ resultState }) => {
                      if (resultState) {
                        setDevices((all) =>
                          all.map((x) => (x.id === d.id ? { ...x, state: resultState } : x)),
                        );
                      }
                    }}
                  />
                ) : null}
              </CardContent>
            </Card>
          </li>
        ))}
      </ul>
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
