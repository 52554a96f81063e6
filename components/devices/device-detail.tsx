"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { RelativeTime } from "@/components/tickets/relative-time";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { DataTable } from "@/components/ui/table";
import type { AccessLogDTO } from "@/lib/domain/access-log";
import type { DeviceDTO, DoorCodeDTO } from "@/lib/domain/device";
import type { DeviceCommandDTO } from "@/lib/domain/device-command";
import { COMMAND_STATUSES, type CommandStatus } from "@/lib/domain/device-command-constants";
import {
  AccessResultBadge,
  BatteryLevel,
  CommandStatusBadge,
  DeviceStateText,
  OnlineBadge,
} from "./device-badges";
import { DeviceCommands } from "./device-commands";
import { LiveIndicator } from "./live-indicator";
import { useLiveUpdates } from "./use-live-updates";

export type DeviceDetailData = {
  device: DeviceDTO;
  commands: DeviceCommandDTO[];
  accessLogs: AccessLogDTO[];
  doorCodes: DoorCodeDTO[];
};

const COMMAND_OUTCOMES = new Set<string>(COMMAND_STATUSES);

const upsert = <T extends { id: string }>(list: T[], item: T, max = 20) =>
  list.some((x) => x.id === item.id)
    ? list.map((x) => (x.id === item.id ? { ...x, ...item } : x))
    : [item, ...list].slice(0, max);

/**
 * One device as staff watch it: status, state and battery, the command buttons, recent commands with their
 * outcomes, recent door events and the door codes it holds (never the PINs). All of it follows the live stream.
 */
export function DeviceDetailView({
  initial,
  place,
  canCommand,
}: {
  initial: DeviceDetailData;
  place: string;
  canCommand: boolean;
}) {
  const t = useTranslations("devices.detail");
  const type = useTranslations("devices.type");
  const actionName = useTranslations("devices.action");
  const method = useTranslations("devices.accessMethod");
  const codeStatus = useTranslations("devices.codeStatus");
  const commandStatus = useTranslations("devices.commandStatus");
  const format = useFormatter();
  const [data, setData] = useState(initial);
  const [announcement, setAnnouncement] = useState("");
  const id = initial.device.id;
  const status = useLiveUpdates((m) => {
    if (m.type === "device" && m.device.id === id) {
      setData((d) => {
        if (d.device.online !== m.device.online) {
          setAnnouncement(m.device.online ? t("cameOnline") : t("wentOffline"));
        }
        return { ...d, device: m.device };
      });
    } else if (m.type === "command" && m.command.deviceId === id) {
      setData((d) => ({ ...d, commands: upsert(d.commands, m.command) }));
    } else if (m.type === "access" && m.log.deviceId === id) {
      setData((d) => ({ ...d, accessLogs: upsert(d.accessLogs, m.log) }));
    }
  });
  const d = data.device;
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });

  return (
    <div className="space-y-6">
      <Card>
        <CardHeader className="flex flex-row flex-wrap items-center justify-between gap-2">
          <CardTitle>{t("statusTitle")}</CardTitle>
          <LiveIndicator status={status} />
        </CardHeader>
        <CardContent className="space-y-6">
          <dl className="grid gap-4 text-sm sm:grid-cols-2 lg:grid-cols-4">
            <Fact label={t("status")}>
              <OnlineBadge online={d.online} />
            </Fact>
            <Fact label={t("state")}>
              <span data-testid="device-state">
                <DeviceStateText device={d} />
              </span>
            </Fact>
            <Fact label={t("battery")}>
              <BatteryLevel device={d} />
            </Fact>
            <Fact label={t("lastSeen")}>
              {d.lastSeenAt ? <RelativeTime value={d.lastSeenAt} /> : t("never")}
            </Fact>
            <Fact label={t("type")}>{type(d.type)}</Fact>
            <Fact label={t("place")}>{place}</Fact>
            <Fact label={t("model")}>{d.model || t("unknown")}</Fact>
            <Fact label={t("firmware")}>{d.firmware ?? t("unknown")}</Fact>
          </dl>
          {canCommand ? (
            <section aria-labelledby="device-commands" className="space-y-2">
              <h3 id="device-commands" className="font-semibold text-slate-900 text-sm">
                {t("commandsTitle")}
              </h3>
              <DeviceCommands
                device={d}
                onEnded={({ resultState, ...c }) =>
                  setData((x) => ({
                    ...x,
                    device: resultState ? { ...x.device, state: resultState } : x.device,
                    commands: x.commands.map((y) => (y.id === c.id ? { ...y, ...c } : y)),
                  }))
                }
              />
            </section>
          ) : null}
        </CardContent>
      </Card>

      <DataTable
        caption={t("recentCommands")}
        columns={[
          { key: "action", header: t("action"), rowHeader: true, cell: (c) => actionName(c.action) },
          { key: "status", header: t("outcome"), cell: (c) => <CommandStatusBadge status={c.status} /> },
          {
            key: "by",
            header: t("by"),
            hideOnPhone: true,
            cell: (c) => c.issuedBy.name ?? t(`issuer.${c.issuedBy.kind}`),
          },
          { key: "when", header: t("when"), cell: (c) => <RelativeTime value={c.issuedAt} /> },
          { key: "reason", header: t("reason"), hideOnPhone: true, cell: (c) => c.reason ?? "" },
        ]}
        rows={data.commands}
        rowKey={(c) => c.id}
        empty={t("noCommands")}
      />

      <DataTable
        caption={t("recentAccess")}
        columns={[
          { key: "when", header: t("when"), rowHeader: true, cell: (l) => when(l.ts) },
          { key: "method", header: t("method"), cell: (l) => method(l.method) },
          { key: "result", header: t("result"), cell: (l) => <AccessResultBadge result={l.result} /> },
          {
            key: "who",
            header: t("who"),
            hideOnPhone: true,
            cell: (l) => (l.reservationId ? t("guestCode") : l.userId ? t("person") : t("unknownPerson")),
          },
        ]}
        rows={data.accessLogs}
        rowKey={(l) => l.id}
        empty={t("noAccess")}
      />

      {d.type === "lock" ? (
        <DataTable
          caption={t("codes")}
          columns={[
            { key: "label", header: t("codeLabel"), rowHeader: true, cell: (c) => c.label || t("unnamed") },
            {
              key: "valid",
              header: t("valid"),
              cell: (c) => t("validRange", { from: when(c.validFrom), until: when(c.validUntil) }),
            },
            {
              key: "status",
              header: t("codeStatus"),
              // a code asked to come off but not yet acknowledged still opens the door: say so
              cell: (c) =>
                c.removalRequestedAt && c.status !== "deleted" ? (
                  <span className="font-medium text-amber-800">
                    {c.lastDeleteOutcome && COMMAND_OUTCOMES.has(c.lastDeleteOutcome)
                      ? codeStatus("stillOnLockLast", {
                          outcome: commandStatus(c.lastDeleteOutcome as CommandStatus),
                        })
                      : codeStatus("stillOnLock")}
                  </span>
                ) : (
                  codeStatus(c.status)
                ),
            },
          ]}
          rows={data.doorCodes}
          rowKey={(c) => c.id}
          empty={t("noCodes")}
        />
      ) : null}
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="space-y-1">
      <dt className="font-medium text-slate-600">{label}</dt>
      <dd className="text-slate-900">{children}</dd>
    </div>
  );
}
