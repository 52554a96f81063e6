"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { RelativeTime } from "@/components/tickets/relative-time";
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import type { DeviceDTO } from "@/lib/domain/device";
import { BatteryLevel, DeviceStateText, OnlineBadge } from "./device-badges";
import type { DeviceFilters } from "./device-query";
import { isLowBattery } from "./device-state";
import { LiveIndicator } from "./live-indicator";
import { useLiveUpdates } from "./use-live-updates";

/**
 * The building's devices, kept current by the live stream: a state or availability message changes the row in
 * place, a device going offline or coming back is announced politely to screen readers, and a device registered
 * after the page loaded is added when it matches the page's filters.
 */
export function DeviceTable({
  initial,
  unitNumbers,
  detailBase,
  filters = {},
}: {
  initial: DeviceDTO[];
  unitNumbers: Record<string, string>;
  detailBase: string;
  filters?: DeviceFilters;
}) {
  const t = useTranslations("devices.list");
  const type = useTranslations("devices.type");
  const [devices, setDevices] = useState(initial);
  const [announcement, setAnnouncement] = useState("");
  const status = useLiveUpdates((m) => {
    if (m.type !== "device") return;
    setDevices((all) => {
      const before = all.find((d) => d.id === m.device.id);
      if (!before) return m.registered && matches(m.device, filters) ? [...all, m.device] : all;
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
  const place = (d: DeviceDTO) =>
    d.unitId ? t("unit", { number: unitNumbers[d.unitId] ?? "?" }) : t("commonArea");

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-slate-600 text-sm">{t("count", { count: devices.length })}</p>
        <LiveIndicator status={status} />
      </div>
      <Table label={t("caption")}>
        <TableCaption srOnly>{t("caption")}</TableCaption>
        <TableHeader>
          <TableRow className="hover:bg-transparent">
            <TableHead>{t("device")}</TableHead>
            <TableHead className="hidden md:table-cell">{t("place")}</TableHead>
            <TableHead>{t("status")}</TableHead>
            <TableHead className="hidden sm:table-cell">{t("state")}</TableHead>
            <TableHead className="hidden md:table-cell">{t("battery")}</TableHead>
            <TableHead className="hidden lg:table-cell">{t("lastSeen")}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {devices.map((d) => (
            <TableRow key={d.id} data-device={d.id}>
              <TableHead scope="row" className="whitespace-normal normal-case tracking-normal">
                <Link
                  href={`${detailBase}/${d.id}`}
                  className="font-medium text-brand-800 text-sm underline-offset-4 hover:underline"
                >
                  {d.name}
                </Link>
                <div className="mt-1 flex flex-wrap gap-x-2 font-normal text-slate-600 text-xs">
                  <span>{type(d.type)}</span>
                  <span className="md:hidden">{place(d)}</span>
                  <span className="sm:hidden">
                    <DeviceStateText device={d} />
                  </span>
                </div>
              </TableHead>
              <TableCell className="hidden md:table-cell">{place(d)}</TableCell>
              <TableCell>
                <OnlineBadge online={d.online} />
              </TableCell>
              <TableCell className="hidden sm:table-cell">
                <DeviceStateText device={d} />
              </TableCell>
              <TableCell className="hidden md:table-cell">
                <BatteryLevel device={d} />
              </TableCell>
              <TableCell className="hidden whitespace-nowrap lg:table-cell">
                {d.lastSeenAt ? <RelativeTime value={d.lastSeenAt} /> : t("never")}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <p role="status" aria-live="polite" className="sr-only" data-testid="device-announcer">
        {announcement}
      </p>
    </div>
  );
}

/** Whether a device belongs on a list with these filters (the same rules as the page's query). */
function matches(d: DeviceDTO, f: DeviceFilters): boolean {
  if (f.type && d.type !== f.type) return false;
  if (f.unitId && (f.unitId === "common" ? d.unitId !== null : d.unitId !== f.unitId)) return false;
  if (f.status === "online" || f.status === "offline") return d.online === (f.status === "online");
  if (f.status === "low_battery") return isLowBattery(d);
  return true;
}
