/**
 * Child of the `booking` bench module, run with the react-server condition against the bench's stack:
 * `tsx --conditions=react-server scripts/bench/booking.worker.ts <n> <warmup>`. Books `n` stays one after
 * another through the booking service (rules, transaction, audit, check-in email: everything a request does
 * but HTTP), then fires 50 concurrent bookings for overlapping nights of one unit. Prints one JSON line.
 */
import { randomUUID } from "node:crypto";
import { buildingConfigSchema } from "@/lib/domain/building";
import { newId } from "@/lib/domain/ids";
import { addDays, todayIn } from "@/lib/domain/stay-dates";
import type { Actor } from "@/lib/roles";
import { putBuilding } from "@/server/db/buildings";
import { listNights } from "@/server/db/reservation-queries";
import { putUnit } from "@/server/db/units";
import { createReservation } from "@/server/services/reservations/create-reservation";

export type BookingSample = {
  sequentialMs: number[];
  burst: {
    requests: number;
    created: number;
    conflicts: number;
    other: number;
    wallMs: number;
    nightsHeld: number;
    holders: number;
    overlap: boolean;
  };
};

const UNITS = 10;
const TZ = "Europe/Lisbon";

async function setUp() {
  const b = `bld_bench_${randomUUID().slice(0, 8)}`;
  const at = new Date().toISOString();
  await putBuilding({
    building: {
      id: b,
      name: "Bench Booking",
      address: { line1: "1 Bench St", city: "Lisbon", postalCode: "1000", country: "PT" },
      timezone: TZ,
      locale: "en-US",
      currency: "EUR",
      config: buildingConfigSchema.parse({ maxGuestsPerUnit: 4 }),
      createdAt: at,
      updatedAt: at,
    },
  });
  const units = [];
  for (let i = 0; i < UNITS + 1; i++) {
    const unit = {
      id: newId(),
      buildingId: b,
      number: String(100 + i),
      floor: 1,
      type: "studio" as const,
      capacity: 4,
      ownerIds: [],
      residentIds: [],
      rentable: true,
      nightlyRateMinor: 12_000,
      status: "active" as const,
      createdAt: at,
      updatedAt: at,
    };
    units.push(await putUnit({ unit }));
  }
  const actor: Actor = {
    kind: "user",
    id: "usr_bench_manager",
    role: "manager",
    buildingId: b,
    unitIds: [],
    name: "Bench",
  };
  return { b, units, actor };
}

async function main() {
  const n = Number(process.argv[2] ?? 300);
  const warmup = Number(process.argv[3] ?? 10);
  const { b, units, actor } = await setUp();
  const start = addDays(todayIn(TZ), 30);
  const guest = { name: "Bench Guest", email: "guest@bench.example" };
  const sequentialMs: number[] = [];
  for (let i = 0; i < warmup + n; i++) {
    // two-night stays, back to back on each unit in turn: none overlaps, so every one succeeds
    const checkIn = addDays(start, Math.floor(i / UNITS) * 2);
    const t = performance.now();
    await createReservation(
      actor,
      { unitId: units[i % UNITS].id, checkIn, checkOut: addDays(checkIn, 2), guest, guestCount: 2 },
      { source: "api" },
    );
    if (i >= warmup) sequentialMs.push(performance.now() - t);
  }

  const unit = units[UNITS];
  const t = performance.now();
  const results = await Promise.allSettled(
    Array.from({ length: 50 }, (_, i) => {
      const checkIn = addDays(start, i % 5);
      return createReservation(
        actor,
        { unitId: unit.id, checkIn, checkOut: addDays(checkIn, 5), guest, guestCount: 2 },
        { source: "api" },
      );
    }),
  );
  const wallMs = performance.now() - t;
  const code = (r: PromiseSettledResult<unknown>) =>
    r.status === "rejected" ? (r.reason as { code?: string }).code : "ok";
  const nights = await listNights({ buildingId: b, unitId: unit.id, from: start, to: addDays(start, 20) });
  const burst = {
    requests: results.length,
    created: results.filter((r) => code(r) === "ok").length,
    conflicts: results.filter((r) => code(r) === "conflict").length,
    other: results.filter((r) => code(r) !== "ok" && code(r) !== "conflict").length,
    wallMs,
    nightsHeld: nights.length,
    holders: new Set(nights.map((x) => x.reservationId)).size,
    overlap: new Set(nights.map((x) => x.date)).size !== nights.length,
  };
  const sample: BookingSample = { sequentialMs, burst };
  process.stdout.write(`${JSON.stringify(sample)}\n`);
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
