import type { Reservation, ReservationStatus } from "@/lib/domain/reservation";

export type Plan = {
  unit: string;
  from: number;
  to: number;
  status: ReservationStatus;
  guest: [string, string];
  bookedBy: string;
  source?: Reservation["source"];
  /** the stay whose check-in link is printed (the demo token) */
  demoLink?: boolean;
  /** a door code was issued on check-in */
  door?: boolean;
  cancel?: boolean;
};

/** Stays relative to today: past, current, arriving and leaving today, future, pending, cancelled. */
export const PLANS: Record<string, Plan[]> = {
  bld_harbor: [
    {
      unit: "101",
      from: -20,
      to: -16,
      status: "checked_out",
      guest: ["Noah Williams", "noah@guest.example"],
      bookedBy: "usr_harbor_resident",
    },
    {
      unit: "103",
      from: -10,
      to: -6,
      status: "checked_out",
      guest: ["Emma Davis", "emma@guest.example"],
      bookedBy: "usr_harbor_manager",
    },
    {
      unit: "103",
      from: -1,
      to: 3,
      status: "confirmed",
      guest: ["Olivia Martin", "olivia@guest.example"],
      bookedBy: "usr_harbor_manager",
      demoLink: true,
    },
    {
      unit: "104",
      from: -2,
      to: 2,
      status: "checked_in",
      guest: ["Liam Thompson", "liam@guest.example"],
      bookedBy: "usr_harbor_manager",
      door: true,
    },
    {
      unit: "201",
      from: 0,
      to: 4,
      status: "confirmed",
      guest: ["Sophia Lee", "sophia@guest.example"],
      bookedBy: "usr_harbor_res201",
    },
    {
      unit: "202",
      from: -3,
      to: 0,
      status: "checked_in",
      guest: ["Mason Clark", "mason@guest.example"],
      bookedBy: "usr_harbor_manager",
      door: true,
    },
    {
      unit: "101",
      from: 7,
      to: 10,
      status: "confirmed",
      guest: ["Ava Rodriguez", "ava@guest.example"],
      bookedBy: "usr_harbor_resident",
    },
    {
      unit: "102",
      from: 14,
      to: 18,
      status: "pending",
      guest: ["Ethan Walker", "ethan@guest.example"],
      bookedBy: "usr_harbor_resident2",
    },
    {
      unit: "203",
      from: 5,
      to: 8,
      status: "confirmed",
      guest: ["Mia Hall", "mia@guest.example"],
      bookedBy: "usr_harbor_manager",
      cancel: true,
    },
    {
      unit: "301",
      from: 30,
      to: 35,
      status: "confirmed",
      guest: ["Lucas Young", "lucas@guest.example"],
      bookedBy: "api",
      source: "api",
    },
  ],
  bld_summit: [
    {
      unit: "101",
      from: -14,
      to: -10,
      status: "checked_out",
      guest: ["Harper King", "harper@guest.example"],
      bookedBy: "usr_summit_resident",
    },
    {
      unit: "102",
      from: -2,
      to: 3,
      status: "checked_in",
      guest: ["Elijah Wright", "elijah@guest.example"],
      bookedBy: "usr_summit_manager",
      demoLink: true,
      door: true,
    },
    {
      unit: "201",
      from: 0,
      to: 3,
      status: "confirmed",
      guest: ["Amelia Scott", "amelia@guest.example"],
      bookedBy: "usr_summit_res201",
    },
    {
      unit: "101",
      from: 10,
      to: 13,
      status: "confirmed",
      guest: ["James Green", "james@guest.example"],
      bookedBy: "usr_summit_resident",
    },
    {
      unit: "401",
      from: 21,
      to: 25,
      status: "pending",
      guest: ["Charlotte Adams", "charlotte@guest.example"],
      bookedBy: "usr_summit_manager",
      source: "ical",
    },
  ],
};
