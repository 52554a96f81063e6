import type { BuildingConfig } from "@/lib/domain/building";
import type { Audience } from "@/lib/domain/knowledge-document";
import type { DemoBuildingSpec } from "./buildings";

export type DemoDocument = { id: string; title: string; audience: Audience[]; text: string };

/** The knowledge documents of a demo building (seeded, indexed, and the corpus of `npm run eval:rag`). */
export function demoDocuments(spec: Pick<DemoBuildingSpec, "slug" | "building">): DemoDocument[] {
  const { name, config: cfg } = spec.building;
  return [
    {
      id: `doc_${spec.slug}_house_rules`,
      title: `${name} house rules`,
      audience: ["guest", "resident", "staff"],
      text: houseRules(name, cfg),
    },
    {
      id: `doc_${spec.slug}_guest_guide`,
      title: `${name} guest guide`,
      audience: ["guest", "resident", "staff"],
      text: guestGuide(name, cfg, `${name.replace(" ", "")}-Guest`),
    },
    {
      id: `doc_${spec.slug}_resident_handbook`,
      title: `${name} resident handbook`,
      audience: ["resident", "staff"],
      text: residentHandbook(name, cfg),
    },
    {
      id: `doc_${spec.slug}_staff_procedures`,
      title: `${name} staff procedures`,
      audience: ["staff"],
      text: staffProcedures(name),
    },
  ];
}

/** House rules and a guest guide per building: the concierge's knowledge in the demo. */
export function houseRules(name: string, c: BuildingConfig): string {
  return `# ${name} house rules

## Quiet hours
Quiet hours are from ${c.quietHours.start} to ${c.quietHours.end} every day. Please keep music, television and
conversations at a level that cannot be heard in the hallway or in neighbouring units.

## Short stays
- Check-in is from ${c.checkInTime}; check-out is by ${c.checkOutTime}.
- Stays are between ${c.minNights} and ${c.maxNights} nights.
- At most ${c.maxGuestsPerUnit} guests may stay in a unit, and never more than the unit's capacity.
- Residents are responsible for their guests and must book every stay through the portal.

## Smoking, pets and parties
Smoking and vaping are not allowed anywhere in the building, balconies included.
Pets are welcome for residents; guests may bring a pet only with the manager's written approval.
Parties and events with more than ${c.maxGuestsPerUnit + 2} people need approval from the manager at least 7 days ahead.

## Rubbish and recycling
The bin room is on the ground floor next to the garage. Recycling (paper, glass, plastic, metal) goes in the blue bins,
food waste in the green bins, everything else in the grey bins. Large items are collected on the first Monday of each month.

## Common areas
The lobby, gym and roof terrace are open from 06:00 to 22:00. Do not leave personal items in hallways or stairwells.
Bicycles belong in the bike room in the garage, never in the lobby.

## Maintenance and emergencies
Report any problem through the portal (Tickets) or ask the concierge. For fire, flood, gas smell or injury call 911 first,
then the front desk. The water main shut-off for each unit is under the kitchen sink.
If the fire alarm sounds, leave by the stairs and never take the lift: the assembly point is the square in front of the
main entrance. Wait there until the fire service or the front desk says you may go back in.
`;
}

export function guestGuide(name: string, c: BuildingConfig, wifi: string): string {
  return `# Welcome to ${name}: guest guide

## Arriving
Check-in is from ${c.checkInTime}. Before you arrive, open your check-in link to confirm your details, upload an ID
document and accept the house rules. You then receive a door code for your unit. The code works from
${c.doorCode.validFromMarginMinutes} minutes before check-in until ${c.doorCode.validUntilMarginMinutes} minutes after check-out.
The lobby door opens with the same code.

## Your door code
Type the code on the keypad and press the check mark. If the door does not open after three tries, wait one minute
and try again, or ask the concierge in the chat: staff can unlock the door remotely.

## Wi-Fi
Network: ${wifi}. The password is on the card on the kitchen counter.

## Leaving
Check-out is by ${c.checkOutTime}. Leave the keys on the kitchen counter, close the windows and make sure the door locks
behind you. Your code stops working shortly after check-out.

## Around the building
The nearest supermarket is two blocks north and opens at 07:00. Public transport stops right in front of the lobby.
Parking in the garage is for residents only; ask the front desk about guest parking.

## Help
Chat with the concierge at any time. For problems in the unit (no hot water, broken appliance) report them in the chat
or through the portal and staff will follow up. In an emergency call 911.
`;
}

/** For residents (and staff): the amenities and routines of living in the building. */
export function residentHandbook(name: string, c: BuildingConfig): string {
  return `# ${name} resident handbook

## Swimming pool
The rooftop pool is open from 08:00 to 20:00, May to September. Children under 14 must be accompanied by an adult.
Shower before swimming; no glass near the pool. Residents may bring at most two guests, who must stay with them.

## Gym
The gym on the first floor is open from 06:00 to 22:00 with your resident fob. Wipe the machines after use and
return the weights to the rack. Personal trainers need the manager's approval.

## Parking and bicycles
Each unit has one numbered space in the underground garage; the number is the unit's. Visitor spaces are on level -1
and may be used for up to 24 hours. Electric cars charge at the four chargers near the lift; book them in the portal.
Bicycles belong in the bike room on level -1.

## Laundry
The laundry room is in the basement, open from 07:00 to 22:00. Machines take the resident card. Remove your laundry
within 30 minutes of the end of the cycle.

## Parcels and deliveries
Parcels are received at the front desk and kept for 14 days. You get a notification when one arrives; bring ID to collect it.
Food deliveries are not accepted at the desk: meet the courier in the lobby.

## Moving in and out, renovations
Book the service lift at least 48 hours ahead for a move; moves happen on weekdays from 09:00 to 17:00.
Noisy renovation work (drilling, hammering) is allowed on weekdays from 09:00 to 18:00 only, never during quiet hours
(${c.quietHours.start} to ${c.quietHours.end}).

## Balconies and barbecues
Charcoal barbecues are forbidden; electric grills are allowed on balconies. Do not hang laundry over the balcony rail.
`;
}

/** For staff only: procedures that must never reach a guest or resident answer. */
export function staffProcedures(name: string): string {
  return `# ${name} staff procedures

## Lockouts
When a resident or guest is locked out, confirm their identity against the reservation or the resident list before
any remote unlock. Record the unlock in the portal. Never read a door code aloud in the lobby.

## Master keys
Master keys are kept in the key safe in the back office. The safe code changes every month and is given by the manager
in person only. Sign every key out and back in in the key log.

## Shift handover
At each handover, walk through open urgent tickets, devices reported offline and today's arrivals. Hand over the
front-desk phone and check that the parcel shelf matches the parcel list.

## Water leaks
For a leak, shut the unit's water main (under the kitchen sink), open an urgent plumbing ticket and call the on-call
plumber. Check the unit below for damage within the hour.
`;
}
