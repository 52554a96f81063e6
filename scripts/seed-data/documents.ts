import type { BuildingConfig } from "@/lib/domain/building";

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
