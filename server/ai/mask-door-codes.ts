import "server-only";
import type { MessagePart } from "@/lib/domain/conversation";

/** How a door PIN reads in a stored chat turn: the guest asks again (the tool reads the live code) to see it. */
export const MASKED_PIN = "••••";

const isDoorCodeOutput = (o: unknown): o is { status: "door_code"; pin: string } =>
  typeof o === "object" &&
  o !== null &&
  (o as { status?: unknown }).status === "door_code" &&
  typeof (o as { pin?: unknown }).pin === "string";

/** The PINs the door-code tool returned in these outputs (tool parts' `output`, or the SDK's tool results). */
export function doorPinsIn(outputs: unknown[]): string[] {
  return [...new Set(outputs.filter(isDoorCodeOutput).map((o) => o.pin))];
}

/**
 * The copy of a chat answer that is stored: a door PIN is shown to the guest live, but kept at rest neither in
 * the tool's output nor in the answer's text, so a leaked table or an exported conversation carries no working
 * code. The door-code items keep it (locks that come back online are sent it again).
 */
export function maskDoorCodes(
  parts: MessagePart[],
  pins: string[] = doorPinsIn(parts.map((p) => p.output)),
): MessagePart[] {
  if (!pins.length) return parts;
  // digits around a PIN mean another number (a phone, a date) that merely contains it
  const inText = new RegExp(`(?<!\\d)(?:${pins.map((p) => p.replace(/\D/g, "")).join("|")})(?!\\d)`, "g");
  return parts.map((p) => {
    if (isDoorCodeOutput(p.output)) return { ...p, output: { ...p.output, pin: MASKED_PIN } };
    if (p.type === "text" && typeof p.text === "string")
      return { ...p, text: p.text.replace(inText, MASKED_PIN) };
    return p;
  });
}
