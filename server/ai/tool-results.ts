/**
 * What the concierge's tools return. Plain data the model reads back; a refusal is a result, not an exception,
 * so the model can explain it and nothing outside the actor's rights runs.
 *
 * Lists carry text other people wrote (a guest's name, a ticket's title, a device's name): the model gets them
 * as `data`, JSON inside one `<untrusted_data>` block that the system prompt calls data, never instructions,
 * with markdown image syntax taken out (an image in an answer would fetch a URL the writer chose).
 */
export type ToolOutcome =
  | { status: "refused"; reason: string }
  | { status: "outside_stay" }
  | { status: "error" }
  | { status: "mission"; missionId: string; missionStatus: string; failedReason?: string | null }
  | { status: "door_code"; pin: string; validFrom: string; validUntil: string }
  | { status: "no_door_code" }
  | { status: "passed_to_staff"; handoverId: string }
  | { status: "list"; count: number; data: string };

export type ListItem = Record<string, string | boolean>;

export const UNTRUSTED_OPEN = "<untrusted_data>";
export const UNTRUSTED_CLOSE = "</untrusted_data>";

/**
 * Text someone else wrote, made inert for markdown: `![alt](url)` and `![alt][ref]` lose the `!` (no image),
 * and control characters go. Angle brackets are escaped when the block is encoded, so it cannot close itself.
 */
export function neutralizeText(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: taking control characters out is the point
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, " ").replace(/!+(?=\[)/g, "");
}

/** A list of items as one delimited block of JSON, each string neutralised. */
export function untrustedList(items: ListItem[]): ToolOutcome {
  const clean = items.map((item) =>
    Object.fromEntries(
      Object.entries(item).map(([k, v]) => [k, typeof v === "string" ? neutralizeText(v) : v]),
    ),
  );
  const json = JSON.stringify(clean)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026");
  return { status: "list", count: clean.length, data: `${UNTRUSTED_OPEN}\n${json}\n${UNTRUSTED_CLOSE}` };
}

/** The items back out of a list's block (the offline model lists them); [] when it is not one. */
export function readUntrustedList(data: string): ListItem[] {
  if (!data.startsWith(`${UNTRUSTED_OPEN}\n`) || !data.endsWith(`\n${UNTRUSTED_CLOSE}`)) return [];
  try {
    const parsed: unknown = JSON.parse(data.slice(UNTRUSTED_OPEN.length + 1, -UNTRUSTED_CLOSE.length - 1));
    return Array.isArray(parsed) ? (parsed as ListItem[]) : [];
  } catch {
    return [];
  }
}
