"use client";

import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

export type TelemetryChartPoint = { label: string; avg: number; band: [number, number] };

/**
 * One metric's buckets: the min–max band and the average line. Loaded lazily (recharts stays out of the
 * page's first bundle) and hidden from screen readers: the panel gives the same numbers as a sentence and a table.
 */
export default function TelemetryChart({
  points,
  avgName,
  rangeName,
}: {
  points: TelemetryChartPoint[];
  avgName: string;
  rangeName: string;
}) {
  return (
    <div aria-hidden="true" className="h-48 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart
          data={points}
          accessibilityLayer={false}
          margin={{ top: 8, right: 8, bottom: 0, left: -16 }}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
          <XAxis
            dataKey="label"
            tick={{ fontSize: 12, fill: "#475569" }}
            interval="preserveStartEnd"
            minTickGap={24}
          />
          <YAxis domain={["auto", "auto"]} tick={{ fontSize: 12, fill: "#475569" }} width={48} />
          <Tooltip />
          <Area
            dataKey="band"
            name={rangeName}
            stroke="none"
            fill="#bfdbfe"
            isAnimationActive={false}
            connectNulls={false}
          />
          <Line
            dataKey="avg"
            name={avgName}
            stroke="#1d4ed8"
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
