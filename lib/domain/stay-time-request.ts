import { z } from "zod";
import type { BuildingConfig } from "./building-config";
import { idSchema, moneySchema, timeOfDaySchema, timestampSchema } from "./common";
import { instantAt } from "./stay-dates";

/**
 * Early check-in and late check-out (issue 17, item 2): the guest (or the host for them) asks for another arrival
 * or departure time on one stay, priced from the building's `stayExtras`; the host of the unit or the front desk
 * approves or declines. An approval sets the stay's own `arrivalTime`/`departureTime`, which every reader of a
 * stay's times takes over the building's (`arrivalTimeOf`/`departureTimeOf`): the door code's window, the cleaning
 * window, lifecycle and the message timeline.
 */
export const STAY_TIME_KINDS = ["early_check_in", "late_check_out"] as const;
export type StayTimeKind = (typeof STAY_TIME_KINDS)[number];
/**
 * `cancelled`: the stay's arrival (early check-in) or departure (late check-out) date changed while the request
 * was pending or approved; the time was asked for another day, so it no longer applies and earns no fee.
 */
export const STAY_TIME_REQUEST_STATUSES = ["pending", "approved", "declined", "cancelled"] as const;
export type StayTimeRequestStatus = (typeof STAY_TIME_REQUEST_STATUSES)[number];

export const stayTimeRequestSchema = z.object({
  id: idSchema,
  kind: z.enum(STAY_TIME_KINDS),
  /** the arrival (early check-in) or departure (late check-out) time asked for, building time */
  time: timeOfDaySchema,
  /** the price from the building's config when asked (shown before sending, charged on approval) */
  fee: moneySchema,
  status: z.enum(STAY_TIME_REQUEST_STATUSES),
  /** user id, or the stay's guest id */
  requestedBy: z.string().min(1).max(200),
  requestedAt: timestampSchema,
  decidedBy: z.string().max(200).nullable(),
  decidedAt: timestampSchema.nullable(),
  /** why it was declined (the host's words) or cancelled: the guest reads it */
  reason: z.string().max(500).nullable(),
});
export type StayTimeRequest = z.infer<typeof stayTimeRequestSchema>;

/** The reservation attribute each kind's latest request lives in (one per kind per stay). */
export const REQUEST_ATTRIBUTE = {
  early_check_in: "earlyCheckInRequest",
  late_check_out: "lateCheckOutRequest",
} as const satisfies Record<StayTimeKind, string>;
/** The per-stay time an approved request sets. */
export const TIME_ATTRIBUTE = {
  early_check_in: "arrivalTime",
  late_check_out: "departureTime",
} as const satisfies Record<StayTimeKind, string>;

/** `POST /api/v1/reservations/{id}/time-requests` */
export const stayTimeRequestInputSchema = z
  .object({
    kind: z.enum(STAY_TIME_KINDS),
    time: timeOfDaySchema.describe(
      "The arrival (early check-in) or departure (late check-out) time, `HH:MM`.",
    ),
  })
  .strict();
export type StayTimeRequestInput = z.infer<typeof stayTimeRequestInputSchema>;

/** `POST /api/v1/reservations/{id}/time-requests/{kind}/decision` */
export const stayTimeDecisionInputSchema = z
  .object({
    /** the request decided (a request asked again meanwhile is a 409, never decided by mistake) */
    requestId: idSchema,
    decision: z.enum(["approved", "declined"]),
    reason: z.string().trim().min(1).max(500).optional().describe("Why it is declined; the guest reads it."),
  })
  .strict();
export type StayTimeDecisionInput = z.infer<typeof stayTimeDecisionInputSchema>;
export const stayTimeKindParamsSchema = z.object({ id: idSchema, kind: z.enum(STAY_TIME_KINDS) });

type StayTimes = { arrivalTime?: string; departureTime?: string };
type Times = Pick<BuildingConfig, "checkInTime" | "checkOutTime">;

/** The stay's arrival time: its own (an approved early check-in), else the building's check-in time. */
export const arrivalTimeOf = (stay: StayTimes, config: Times) => stay.arrivalTime ?? config.checkInTime;
/** The stay's departure time: its own (an approved late check-out), else the building's check-out time. */
export const departureTimeOf = (stay: StayTimes, config: Times) => stay.departureTime ?? config.checkOutTime;

/** What a kind costs and allows in a building, or null when the building does not offer it. */
export function stayTimeOffer(
  kind: StayTimeKind,
  config: Pick<BuildingConfig, "stayExtras">,
  currency: string,
) {
  const x = kind === "early_check_in" ? config.stayExtras.earlyCheckIn : config.stayExtras.lateCheckOut;
  if (!x.enabled) return null;
  return {
    fee: { amountMinor: x.fee, currency },
    limit: "earliestTime" in x ? x.earliestTime : x.latestTime,
  };
}

/** Why a time may not be asked for, in itself: outside the building's bounds. Null when it may. */
export function stayTimeBoundsProblem(
  kind: StayTimeKind,
  time: string,
  config: Pick<BuildingConfig, "stayExtras" | "checkInTime" | "checkOutTime">,
): "stay_time_not_offered" | "stay_time_out_of_range" | null {
  if (kind === "early_check_in") {
    const x = config.stayExtras.earlyCheckIn;
    if (!x.enabled) return "stay_time_not_offered";
    return time >= x.earliestTime && time < config.checkInTime ? null : "stay_time_out_of_range";
  }
  const x = config.stayExtras.lateCheckOut;
  if (!x.enabled) return "stay_time_not_offered";
  return time > config.checkOutTime && time <= x.latestTime ? null : "stay_time_out_of_range";
}

/** The minimum cleaning time between a departure and an arrival the same day, as the cleaning windows keep it. */
const MIN_CLEANING_MS = 2 * 3_600_000;

/**
 * Whether a departure and an arrival of the same unit on the same day leave the cleaning between them its window:
 * where the building cleans after each departure, the departing stay's cleaning window (from its departure to the
 * building's check-in time, at least 2 hours) must end by the arrival; where it cleans before each arrival, the
 * arriving stay's window (from the building's check-out time, or 2 hours before the arrival) must start after the
 * departure. False is an overlap: the early check-in or late check-out that made it is refused.
 */
export function sameDayTurnoverFits(
  date: string,
  departing: StayTimes,
  arriving: StayTimes,
  b: { timezone: string; config: Pick<BuildingConfig, "checkInTime" | "checkOutTime" | "turnoverTiming"> },
): boolean {
  const c = b.config;
  const dep = instantAt(date, departureTimeOf(departing, c), b.timezone).getTime();
  const arr = instantAt(date, arrivalTimeOf(arriving, c), b.timezone).getTime();
  if (c.turnoverTiming === "before_arrival") {
    const from = Math.min(instantAt(date, c.checkOutTime, b.timezone).getTime(), arr - MIN_CLEANING_MS);
    return from >= dep;
  }
  const until = Math.max(instantAt(date, c.checkInTime, b.timezone).getTime(), dep + MIN_CLEANING_MS);
  return until <= arr;
}

const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
const hhmm = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;

/**
 * The times a page offers for a kind, every 30 minutes: from the earliest arrival up to before the building's
 * check-in time, or from after its check-out time up to the latest departure (the server checks again).
 */
export function stayTimeChoices(
  kind: StayTimeKind,
  config: Pick<BuildingConfig, "stayExtras" | "checkInTime" | "checkOutTime">,
): string[] {
  const [from, to] =
    kind === "early_check_in"
      ? [minutes(config.stayExtras.earlyCheckIn.earliestTime), minutes(config.checkInTime) - 1]
      : [minutes(config.checkOutTime) + 30, minutes(config.stayExtras.lateCheckOut.latestTime)];
  const out: string[] = [];
  for (let m = from; m <= to && out.length < 48; m += 30) out.push(hhmm(m));
  return out;
}

/** What a stay page shows of the two kinds: each offered kind's price and times, and the stay's latest requests. */
export type StayTimePanel = {
  offers: {
    kind: StayTimeKind;
    fee: { amountMinor: number; currency: string };
    choices: string[];
    standard: string;
  }[];
  requests: Partial<Record<StayTimeKind, Pick<StayTimeRequest, "id" | "status" | "time" | "fee" | "reason">>>;
};
export function stayTimePanel(
  r: { earlyCheckInRequest?: StayTimeRequest; lateCheckOutRequest?: StayTimeRequest },
  config: Pick<BuildingConfig, "stayExtras" | "checkInTime" | "checkOutTime">,
  currency: string,
): StayTimePanel {
  const offers = STAY_TIME_KINDS.flatMap((kind) => {
    const offer = stayTimeOffer(kind, config, currency);
    const choices = stayTimeChoices(kind, config);
    if (!offer || choices.length === 0) return [];
    const standard = kind === "early_check_in" ? config.checkInTime : config.checkOutTime;
    return [{ kind, fee: offer.fee, choices, standard }];
  });
  const pick = (q?: StayTimeRequest) =>
    q ? { id: q.id, status: q.status, time: q.time, fee: q.fee, reason: q.reason } : undefined;
  return {
    offers,
    requests: { early_check_in: pick(r.earlyCheckInRequest), late_check_out: pick(r.lateCheckOutRequest) },
  };
}

type StayRequests = { earlyCheckInRequest?: StayTimeRequest; lateCheckOutRequest?: StayTimeRequest };

/** The fees the stay's approved requests earn, by kind (a pending, declined or cancelled request earns none). */
export function approvedStayTimeFees(r: StayRequests): { kind: StayTimeKind; amountMinor: number }[] {
  return [r.earlyCheckInRequest, r.lateCheckOutRequest].flatMap((q) =>
    q?.status === "approved" ? [{ kind: q.kind, amountMinor: q.fee.amountMinor }] : [],
  );
}

/** What the stay's approved requests add to its price (minor units), the fees recorded on the stay. */
export function stayExtrasTotal(r: StayRequests): number {
  return approvedStayTimeFees(r).reduce((s, q) => s + q.amountMinor, 0);
}

/**
 * The requests a move to new dates voids: an early check-in once the arrival date changes, a late check-out once
 * the departure date changes, while pending or approved (each was asked, priced and checked for its own day: a
 * time kept for another day would open the door and hold the cleaning on a day nobody approved). Each comes back
 * `cancelled`, with the reason the guest and host read; its fee is dropped with it (`approvedStayTimeFees`).
 */
export function stayTimesVoidedByMove(
  r: StayRequests & { checkIn: string; checkOut: string },
  to: { checkIn: string; checkOut: string },
  at: string,
  by: string,
): { kind: StayTimeKind; before: StayTimeRequest; after: StayTimeRequest }[] {
  return STAY_TIME_KINDS.flatMap((kind) => {
    const q = r[REQUEST_ATTRIBUTE[kind]];
    const [from, next] = kind === "early_check_in" ? [r.checkIn, to.checkIn] : [r.checkOut, to.checkOut];
    if (!q || from === next || (q.status !== "pending" && q.status !== "approved")) return [];
    const side = kind === "early_check_in" ? "arrival" : "departure";
    const reason = `The stay's ${side} date changed from ${from} to ${next}: ${q.time} was asked for ${from}. Ask again for the new date.`;
    return [
      {
        kind,
        before: q,
        after: { ...q, status: "cancelled" as const, decidedBy: by, decidedAt: at, reason },
      },
    ];
  });
}

/** Whether a move changes the date a kind's time is for (the arrival date, or the departure date). */
export const stayTimeDateMoved = (
  kind: StayTimeKind,
  r: { checkIn: string; checkOut: string },
  to: { checkIn: string; checkOut: string },
) => (kind === "early_check_in" ? r.checkIn !== to.checkIn : r.checkOut !== to.checkOut);
