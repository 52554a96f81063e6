import { z } from "zod";
import { periodSchema } from "./billing";
import { idSchema } from "./common";
import { RESERVATION_SOURCES, type Reservation, type ReservationSource } from "./reservation";
import { addDays } from "./stay-dates";
import { approvedStayTimeFees } from "./stay-time-request";

/**
 * What a unit earned from short stays in a month, for its owner. A stay's price is spread over its nights to
 * the cent (largest remainder: the first nights take the odd cents), so a stay across two months counts in
 * each exactly the nights it had there, and the two parts add up to its price. Amounts in minor units.
 */
const bps = z.number().int().min(0).max(10_000);
export const ownerStatementSettingsSchema = z
  .object({
    /** the building's management commission, in basis points of the gross after the channel's commission */
    managementCommissionBps: bps.default(1_500),
    /** charged to the owner for each stay that checks out in the month */
    cleaningFeeMinor: z.number().int().min(0).max(10_000_000).default(0),
    /**
     * the channel's commission where known, by source of the booking (iCal: an outside channel of unknown kind;
     * defaults: Airbnb's split host fee 3%, Booking.com 15%, Vrbo 8%; a building sets its own contracts)
     */
    channelCommissionBps: z
      .object({
        portal: bps.default(0),
        api: bps.default(0),
        ical: bps.default(1_500),
        airbnb: bps.default(300),
        booking: bps.default(1_500),
        vrbo: bps.default(800),
        other: bps.default(0),
      })
      .default({ portal: 0, api: 0, ical: 1_500, airbnb: 300, booking: 1_500, vrbo: 800, other: 0 }),
  })
  .strict();
export type OwnerStatementSettings = z.infer<typeof ownerStatementSettingsSchema>;
export const DEFAULT_OWNER_STATEMENT_SETTINGS = ownerStatementSettingsSchema.parse({});

export const channelLineSchema = z.object({
  source: z.enum(RESERVATION_SOURCES),
  stays: z.number().int(),
  nights: z.number().int(),
  grossMinor: z.number().int(),
  channelCommissionMinor: z.number().int(),
});
export const ownerStatementSchema = z.object({
  unitId: idSchema,
  unitNumber: z.string(),
  period: periodSchema,
  currency: z.string(),
  nightsLet: z.number().int(),
  nightsInMonth: z.number().int(),
  byChannel: z.array(channelLineSchema),
  grossMinor: z.number().int(),
  stayTimeFeesMinor: z
    .number()
    .int()
    .describe(
      "Approved early check-in and late check-out fees of the month's stays (income to the owner, outside the channels: no channel commission; the management commission applies as to the stays' gross).",
    ),
  cleaningFeesMinor: z.number().int(),
  channelCommissionMinor: z.number().int(),
  managementCommissionMinor: z.number().int(),
  netMinor: z.number().int(),
});
export type OwnerStatement = z.infer<typeof ownerStatementSchema>;

export const listOwnerStatementsQuerySchema = z.object({
  period: periodSchema,
  unitId: idSchema.optional().describe("Only this unit's statement."),
});

/** Basis points of an amount, rounded half up to the minor unit. */
export const ofBps = (amountMinor: number, rate: number) => Math.floor((amountMinor * rate + 5_000) / 10_000);

/** The price of each night of a stay, summing exactly to the price: equal parts, the first nights take the odd cents. */
export function nightlyParts(priceMinor: number, nights: number): number[] {
  if (nights <= 0) return [];
  const base = Math.floor(priceMinor / nights);
  const extra = priceMinor - base * nights;
  return Array.from({ length: nights }, (_, i) => base + (i < extra ? 1 : 0));
}

/** Days in a `YYYY-MM` month. */
export const daysInMonth = (period: string) => {
  const [y, m] = period.split("-").map(Number);
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
};

type Stay = Pick<Reservation, "checkIn" | "checkOut" | "status" | "price" | "source"> &
  Partial<Pick<Reservation, "earlyCheckInRequest" | "lateCheckOutRequest">>;

/** A unit's statement for a month from its stays (any stays: cancelled ones and other months count for nothing). */
export function ownerStatementOf(
  unit: { id: string; number: string },
  period: string,
  currency: string,
  stays: Stay[],
  settings: OwnerStatementSettings,
): OwnerStatement {
  const first = `${period}-01`;
  const next = addDays(first, daysInMonth(period));
  const lines = new Map<ReservationSource, { stays: number; nights: number; grossMinor: number }>();
  let cleaning = 0;
  let stayTimeFees = 0;
  for (const s of stays) {
    if (s.status === "cancelled" || s.status === "pending") continue;
    // An approved early check-in or late check-out fee counts by the rule the stay's price counts by, night by
    // night: it belongs to the night it lengthens (the first night for an early arrival, the last for a late
    // departure), so it lands in the month that night is counted in, on a stay counted like its price (not
    // pending or cancelled), and a stay's fees and nights never fall in different months.
    for (const fee of approvedStayTimeFees(s)) {
      const night = fee.kind === "early_check_in" ? s.checkIn : addDays(s.checkOut, -1);
      if (night >= first && night < next) stayTimeFees += fee.amountMinor;
    }
    const nights: string[] = [];
    for (let d = s.checkIn; d < s.checkOut; d = addDays(d, 1)) nights.push(d);
    const parts = nightlyParts(s.price?.amountMinor ?? 0, nights.length);
    let n = 0;
    let gross = 0;
    nights.forEach((d, i) => {
      if (d >= first && d < next) {
        n++;
        gross += parts[i];
      }
    });
    if (s.checkOut > first && s.checkOut <= next) cleaning += settings.cleaningFeeMinor;
    if (n === 0) continue;
    const line = lines.get(s.source) ?? { stays: 0, nights: 0, grossMinor: 0 };
    lines.set(s.source, {
      stays: line.stays + 1,
      nights: line.nights + n,
      grossMinor: line.grossMinor + gross,
    });
  }
  const byChannel = RESERVATION_SOURCES.filter((src) => lines.has(src)).map((source) => {
    const l = lines.get(source) ?? { stays: 0, nights: 0, grossMinor: 0 };
    return {
      source,
      ...l,
      channelCommissionMinor: ofBps(l.grossMinor, settings.channelCommissionBps[source]),
    };
  });
  const gross = byChannel.reduce((s, l) => s + l.grossMinor, 0);
  const channel = byChannel.reduce((s, l) => s + l.channelCommissionMinor, 0);
  // The management commission is taken, as on the stays' price, on what the owner is paid before it: the
  // stays' gross after the channel's commission, plus the stay-time fees (the building prices and charges those
  // itself, outside the channel, so no channel commission is taken from them); one rounding on the sum.
  const management = ofBps(gross - channel + stayTimeFees, settings.managementCommissionBps);
  return {
    unitId: unit.id,
    unitNumber: unit.number,
    period,
    currency,
    nightsLet: byChannel.reduce((s, l) => s + l.nights, 0),
    nightsInMonth: daysInMonth(period),
    byChannel,
    grossMinor: gross,
    stayTimeFeesMinor: stayTimeFees,
    cleaningFeesMinor: cleaning,
    channelCommissionMinor: channel,
    managementCommissionMinor: management,
    netMinor: gross + stayTimeFees - channel - management - cleaning,
  };
}

/** `GET/PUT /api/v1/owner-statements/settings`: what the building charges owners, as stored (or the defaults). */
export const ownerStatementSettingsDtoSchema = z.object({
  settings: z.object({
    managementCommissionBps: z.number().int(),
    cleaningFeeMinor: z.number().int(),
    channelCommissionBps: z.record(z.enum(RESERVATION_SOURCES), z.number().int()),
  }),
  /** null while the defaults apply */
  updatedAt: z.string().nullable(),
});
export type OwnerStatementSettingsDTO = z.infer<typeof ownerStatementSettingsDtoSchema>;

export const ownerStatementPdfQuerySchema = z.object({
  unitId: idSchema.describe("The unit."),
  period: periodSchema,
});
export const ownerStatementPdfLinkSchema = z.object({
  url: z.string().describe("A signed GET of the PDF; works for `expiresInSeconds` only."),
  expiresInSeconds: z.number().int(),
});

/** A percentage typed in the form ("15", "12.5", "3,25") → basis points; null when it is not one from 0 to 100. */
export function percentToBps(text: string): number | null {
  const t = text.trim().replace(",", ".");
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(t)) return null;
  const [whole, frac = ""] = t.split(".");
  const bps = Number(whole) * 100 + Number(frac.padEnd(2, "0"));
  return bps <= 10_000 ? bps : null;
}
/** Basis points → the form's percentage text ("12.5"). */
export const bpsToPercent = (bps: number) => String(bps / 100);

/** The settings form: percentages and the cleaning fee typed in the major unit, converted on the server. */
const percentText = z.string().trim().max(8).default("0");
export const ownerStatementSettingsFormSchema = z.object({
  managementCommission: z.string().trim().min(1).max(8),
  cleaningFee: z.string().trim().max(20).default("0"),
  channel_portal: percentText,
  channel_api: percentText,
  channel_ical: percentText,
  channel_airbnb: percentText,
  channel_booking: percentText,
  channel_vrbo: percentText,
  channel_other: percentText,
});
