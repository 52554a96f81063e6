"use client";

import { useFormatter, useTranslations } from "next-intl";
import {
  Area,
  AreaChart,
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  Pie,
  PieChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { TICKET_PRIORITIES, type TicketPriority } from "@/lib/domain/ticket-constants";
import { ChartFigure } from "./chart-figure";

/** The figures the charts draw (the shape of getManagerHome's, passed down as plain data). */
export type DashboardChartData = {
  occupancy: { night: string; occupied: number; percent: number }[];
  ticketAges: ({ bucket: "under1d" | "d1to3" | "d3to7" | "over7d" } & Record<TicketPriority, number>)[];
  accessByDay: { day: string; granted: number; denied: number }[];
  devices: { total: number; online: number; offline: number; lowBattery: number };
};
type Data = DashboardChartData;

const PRIORITY_COLOR = { low: "#94a3b8", normal: "#3b82f6", high: "#f59e0b", urgent: "#dc2626" } as const;
const asDate = (day: string) => new Date(`${day}T12:00:00Z`);

/** The four dashboard charts; each carries its own title, a one-line summary and a table of its figures. */
export function DashboardCharts({ data }: { data: Data }) {
  const t = useTranslations("dashboard");
  const priority = useTranslations("ticketPriority");
  const format = useFormatter();
  const day = (d: string) => format.dateTime(asDate(d), { day: "numeric", month: "short", timeZone: "UTC" });
  const peak = data.occupancy.reduce(
    (m, n) => (n.percent > m.percent ? n : m),
    data.occupancy[0] ?? { night: "", percent: 0, occupied: 0 },
  );
  const avg = data.occupancy.length
    ? Math.round(data.occupancy.reduce((s, n) => s + n.percent, 0) / data.occupancy.length)
    : 0;
  const openTotal = data.ticketAges.reduce((s, r) => s + TICKET_PRIORITIES.reduce((x, p) => x + r[p], 0), 0);
  const oldUrgent = data.ticketAges
    .filter((r) => r.bucket !== "under1d")
    .reduce((s, r) => s + r.urgent + r.high, 0);
  const accessTotal = data.accessByDay.reduce((s, d) => s + d.granted + d.denied, 0);
  const denied = data.accessByDay.reduce((s, d) => s + d.denied, 0);
  const devices = [
    { key: "online" as const, value: data.devices.online, color: "#16a34a" },
    { key: "offline" as const, value: data.devices.offline, color: "#dc2626" },
  ];
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <ChartFigure
        id="chart-occupancy"
        title={t("occupancy.title")}
        summary={t("occupancy.summary", {
          avg,
          peak: peak.percent,
          night: peak.night ? day(peak.night) : "—",
        })}
        headers={[t("occupancy.night"), t("occupancy.occupied"), t("occupancy.percent")]}
        rows={data.occupancy.map((n) => [day(n.night), n.occupied, `${n.percent}%`])}
        showTable={t("showTable")}
      >
        <ResponsiveContainer width="100%" height="100%">
          <AreaChart
            accessibilityLayer={false}
            data={data.occupancy.map((n) => ({ ...n, label: day(n.night) }))}
          >
            <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
            <XAxis dataKey="label" tick={{ fontSize: 11 }} interval={6} />
            <YAxis domain={[0, 100]} unit="%" tick={{ fontSize: 11 }} width={40} />
            <Tooltip />
            <Area
              type="monotone"
              dataKey="percent"
              name={t("occupancy.percent")}
              stroke="#2563eb"
              fill="#bfdbfe"
            />
          </AreaChart>
        </ResponsiveContainer>
      </ChartFigure>

      <ChartFigure
        id="chart-tickets"
        title={t("tickets.title")}
        summary={t("tickets.summary", { total: openTotal, old: oldUrgent })}
        headers={[t("tickets.age"), ...TICKET_PRIORITIES.map((p) => priority(p))]}
        rows={data.ticketAges.map((r) => [
          t(`tickets.buckets.${r.bucket}`),
          ...TICKET_PRIORITIES.map((p) => r[p]),
        ])}
        showTable={t("showTable")}
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            accessibilityLayer={false}
            data={data.ticketAges.map((r) => ({ ...r, label: t(`tickets.buckets.${r.bucket}`) }))}
          >
            <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
            <XAxis dataKey="label" tick={{ fontSize: 11 }} />
            <YAxis allowDecimals={false} tick={{ fontSize: 11 }} width={32} />
            <Tooltip />
            <Legend />
            {TICKET_PRIORITIES.map((p) => (
              <Bar key={p} dataKey={p} name={priority(p)} stackId="age" fill={PRIORITY_COLOR[p]} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </ChartFigure>

      <ChartFigure
        id="chart-devices"
        title={t("devices.title")}
        summary={t("devices.summary", {
          online: data.devices.online,
          total: data.devices.total,
          offline: data.devices.offline,
          low: data.devices.lowBattery,
        })}
        headers={[t("devices.state"), t("devices.count")]}
        rows={[
          [t("devices.online"), data.devices.online],
          [t("devices.offline"), data.devices.offline],
          [t("devices.lowBattery"), data.devices.lowBattery],
        ]}
        showTable={t("showTable")}
      >
        <ResponsiveContainer width="100%" height="100%">
          <PieChart accessibilityLayer={false}>
            <Pie
              data={devices.map((d) => ({ ...d, name: t(`devices.${d.key}`) }))}
              dataKey="value"
              innerRadius="55%"
              outerRadius="85%"
            >
              {devices.map((d) => (
                <Cell key={d.key} fill={d.color} />
              ))}
            </Pie>
            <Tooltip />
            <Legend />
          </PieChart>
        </ResponsiveContainer>
      </ChartFigure>

      <ChartFigure
        id="chart-access"
        title={t("access.title")}
        summary={t("access.summary", { total: accessTotal, denied })}
        headers={[t("access.day"), t("access.granted"), t("access.denied")]}
        rows={data.accessByDay.map((d) => [day(d.day), d.granted, d.denied])}
        showTable={t("showTable")}
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            accessibilityLayer={false}
            data={data.accessByDay.map((d) => ({ ...d, label: day(d.day) }))}
          >
            <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
            <XAxis dataKey="label" tick={{ fontSize: 11 }} interval={1} />
            <YAxis allowDecimals={false} tick={{ fontSize: 11 }} width={32} />
            <Tooltip />
            <Legend />
            <Bar dataKey="granted" name={t("access.granted")} stackId="a" fill="#16a34a" />
            <Bar dataKey="denied" name={t("access.denied")} stackId="a" fill="#dc2626" />
          </BarChart>
        </ResponsiveContainer>
      </ChartFigure>
    </div>
  );
}
