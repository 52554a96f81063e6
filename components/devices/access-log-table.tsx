"use client";

import Link from "next/link";
import { useFormatter, useTimeZone, useTranslations } from "next-intl";
import { useState } from "react";
import { LoadMoreFooter } from "@/components/ui/load-more-footer";
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import { fetchJsonPage, useLoadMore } from "@/components/ui/use-load-more";
import { cn } from "@/lib/cn";
import type { AccessLogDTO } from "@/lib/domain/access-log";
import type { PageDTO } from "@/lib/domain/common";
import { todayIn } from "@/lib/domain/stay-dates";
import { AccessResultBadge } from "./device-badges";
import { type AccessFilters, accessApiSearch } from "./device-search";
import { LiveIndicator } from "./live-indicator";
import { useLiveUpdates } from "./use-live-updates";

const PAGE_SIZE = 50;

/** Does a live door event belong in the list as filtered (days are the building's)? */
function matches(f: AccessFilters, l: AccessLogDTO, timeZone: string): boolean {
  if (f.deviceId && l.deviceId !== f.deviceId) return false;
  if (f.unitId && (f.unitId === "common" ? l.unitId !== null : l.unitId !== f.unitId)) return false;
  if (f.result && l.result !== f.result) return false;
  const day = todayIn(timeZone, new Date(l.ts));
  if (f.from && day < f.from) return false;
  if (f.to && day > f.to) return false;
  return true;
}

/**
 * Door events, newest first: "Load more" follows the API's cursor with the same filters, and new events that
 * match the filters appear at the top as they happen (live stream), marked as new.
 */
export function AccessLogTable({
  initial,
  filters,
  deviceNames,
  unitNumbers,
  deviceBase,
}: {
  initial: PageDTO<AccessLogDTO>;
  filters: AccessFilters;
  deviceNames: Record<string, string>;
  unitNumbers: Record<string, string>;
  /** link device names to their pages (staff) */
  deviceBase?: string;
}) {
  const t = useTranslations("devices.access");
  const method = useTranslations("devices.accessMethod");
  const format = useFormatter();
  const timeZone = useTimeZone() ?? "UTC";
  const list = useLoadMore({
    initial,
    fetchPage: (next) =>
      fetchJsonPage<AccessLogDTO>(
        `/api/v1/access-logs?${accessApiSearch(filters, timeZone, { cursor: next, limit: String(PAGE_SIZE) })}`,
      ),
    announce: (count) => t("loaded", { count }),
  });
  const { items, setItems } = list;
  const [fresh, setFresh] = useState<Set<string>>(new Set());
  const status = useLiveUpdates((m) => {
    if (m.type !== "access" || !matches(filters, m.log, timeZone)) return;
    setItems((all) =>
      all.some((l) => l.id === m.log.id || l.eventId === m.log.eventId) ? all : [m.log, ...all],
    );
    setFresh((s) => new Set(s).add(m.log.id));
  });

  const place = (l: AccessLogDTO) =>
    l.unitId ? t("unit", { number: unitNumbers[l.unitId] ?? "?" }) : t("commonArea");
  const deviceName = (l: AccessLogDTO) => deviceNames[l.deviceId] ?? l.deviceId;

  return (
    <div className="space-y-3">
      <div className="flex justify-end">
        <LiveIndicator status={status} />
      </div>
      <Table label={t("caption")}>
        <TableCaption srOnly>{t("caption")}</TableCaption>
        <TableHeader>
          <TableRow className="hover:bg-transparent">
            <TableHead>{t("when")}</TableHead>
            <TableHead>{t("door")}</TableHead>
            <TableHead className="hidden md:table-cell">{t("place")}</TableHead>
            <TableHead className="hidden sm:table-cell">{t("method")}</TableHead>
            <TableHead className="hidden sm:table-cell">{t("who")}</TableHead>
            <TableHead>{t("result")}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.length === 0 ? (
            <TableRow className="hover:bg-transparent">
              <TableCell colSpan={6} className="py-8 text-center text-slate-600">
                {t("empty")}
              </TableCell>
            </TableRow>
          ) : (
            items.map((l) => (
              <TableRow key={l.id} data-event={l.eventId} className={cn(fresh.has(l.id) && "bg-brand-50/60")}>
                <TableHead
                  scope="row"
                  className="font-normal text-slate-800 text-sm normal-case tracking-normal sm:whitespace-nowrap"
                >
                  {/* on a phone the date and the time take two lines, so the result stays in view */}
                  <span className="block sm:inline">
                    {format.dateTime(new Date(l.ts), { dateStyle: "medium" })}
                  </span>{" "}
                  <span className="whitespace-nowrap text-slate-600 sm:text-slate-800">
                    {format.dateTime(new Date(l.ts), { timeStyle: "medium" })}
                  </span>
                  {fresh.has(l.id) ? (
                    <span className="ml-2 font-medium text-brand-800 text-xs">{t("new")}</span>
                  ) : null}
                </TableHead>
                <TableCell>
                  {deviceBase ? (
                    <Link
                      href={`${deviceBase}/${l.deviceId}`}
                      className="text-brand-800 underline-offset-4 hover:underline"
                    >
                      {deviceName(l)}
                    </Link>
                  ) : (
                    deviceName(l)
                  )}
                  <div className="text-slate-600 text-xs sm:hidden">
                    {method(l.method)}
                    {l.person ? ` · ${l.person.name}` : ""}
                  </div>
                </TableCell>
                <TableCell className="hidden md:table-cell">{place(l)}</TableCell>
                <TableCell className="hidden sm:table-cell">{method(l.method)}</TableCell>
                <TableCell className="hidden sm:table-cell" data-testid="access-person">
                  {l.person ? (
                    <>
                      {l.person.name}
                      <div className="text-slate-600 text-xs">{t(`personKind.${l.person.kind}`)}</div>
                    </>
                  ) : (
                    <span className="text-slate-500">{t("unknownPerson")}</span>
                  )}
                </TableCell>
                <TableCell>
                  <AccessResultBadge result={l.result} />
                </TableCell>
              </TableRow>
            ))
          )}
        </TableBody>
      </Table>
      <LoadMoreFooter list={list} t={t} />
    </div>
  );
}
