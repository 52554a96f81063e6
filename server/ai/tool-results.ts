/**
 * What the concierge's tools return. Plain data the model reads back; a refusal is a result, not an exception,
 * so the model can explain it and nothing outside the actor's rights runs.
 */
export type ToolOutcome =
  | { status: "refused"; reason: string }
  | { status: "outside_stay" }
  | { status: "error" }
  | { status: "mission"; missionId: string; missionStatus: string; failedReason?: string | null }
  | { status: "door_code"; pin: string; validFrom: string; validUntil: string }
  | { status: "no_door_code" }
  | { status: "list"; items: string[] };
