import type { DoorCode } from "@/lib/domain/device";
import type { Reservation } from "@/lib/domain/reservation";
import { addDays, instantAt, nightsOf } from "@/lib/domain/stay-dates";
import { hashToken } from "@/server/db/token-hash";
import { type DemoBuildingSpec, unitId } from "./buildings";
import { lockId } from "./devices";
import { demoToken, type Rng } from "./random";
import { checkinLink, checkinProgress } from "./records";
import { PLANS } from "./stay-plans";

/** The check-in link token of each building's demo "current stay": fixed, so docs and e2e tests can open it. */
export const DEMO_CHECKIN_TOKENS = {
  bld_harbor: demoToken("checkin bld_harbor current stay"),
  bld_summit: demoToken("checkin bld_summit current stay"),
} as const;

export type DemoStay = { reservation: Reservation; cancel: boolean; doorCode: DoorCode | null };

export function demoStays(
  spec: DemoBuildingSpec,
  today: string,
  r: Rng,
  unitRates: Map<string, number | null>,
): DemoStay[] {
  const { id: b, slug } = spec;
  const cfg = spec.building.config;
  const tz = spec.building.timezone;
  return PLANS[b].map((p, i) => {
    const checkIn = addDays(today, p.from);
    const checkOut = addDays(today, p.to);
    // booked two weeks ahead, but never in the future
    const bookedOn = [addDays(checkIn, -14 - i), addDays(today, -1 - i)].sort()[0];
    const createdAt = instantAt(bookedOn, "10:00", tz).toISOString();
    const id = r.ulid(createdAt);
    const uId = unitId(slug, p.unit);
    const live = p.status !== "checked_out";
    const token = p.demoLink
      ? DEMO_CHECKIN_TOKENS[b as keyof typeof DEMO_CHECKIN_TOKENS]
      : demoToken(`checkin ${id}`);
    const validFrom = new Date(
      instantAt(checkIn, cfg.checkInTime, tz).getTime() - cfg.doorCode.validFromMarginMinutes * 60_000,
    ).toISOString();
    const validUntil = new Date(
      instantAt(checkOut, cfg.checkOutTime, tz).getTime() + cfg.doorCode.validUntilMarginMinutes * 60_000,
    ).toISOString();
    const doorCode: DoorCode | null = p.door
      ? {
          id: `code_${id.slice(-10).toLowerCase()}`,
          buildingId: b,
          deviceId: lockId(slug, p.unit),
          label: `Guest ${p.guest[0]}`,
          pin: r.digits(cfg.doorCode.length),
          validFrom,
          validUntil,
          reservationId: id,
          status: "active",
          createdAt,
          updatedAt: createdAt,
        }
      : null;
    const done = p.status === "checked_in" || p.status === "checked_out";
    const rate = unitRates.get(uId) ?? 15_000;
    const reservation: Reservation = {
      id,
      buildingId: b,
      unitId: uId,
      bookedBy: p.bookedBy,
      guest: { name: p.guest[0], email: p.guest[1], phone: `+1 555 01${String(i).padStart(2, "0")}` },
      guestCount: 1 + (i % 3),
      checkIn,
      checkOut,
      bufferNights: cfg.cleaningBufferNights,
      status: p.status,
      checkinLink: live ? checkinLink(hashToken(token), checkOut, tz, createdAt) : null,
      checkinProgress: checkinProgress(done, createdAt),
      doorAccess: doorCode
        ? { deviceId: doorCode.deviceId, codeId: doorCode.id, validFrom, validUntil }
        : null,
      price: { amountMinor: rate * nightsOf(checkIn, checkOut).length, currency: spec.building.currency },
      source: p.source ?? "portal",
      createdAt,
      updatedAt: createdAt,
      cancelledAt: null,
    };
    return { reservation, cancel: Boolean(p.cancel), doorCode };
  });
}
