import "server-only";
import type {
  LanguageModelV3ToolApprovalResponsePart,
  LanguageModelV3ToolResultPart,
} from "@ai-sdk/provider";
import { phrase } from "./phrases";
import type { ParsedPrompt } from "./prompt";
import { TOOL } from "./tool-names";
import { type ListItem, readUntrustedList, type ToolOutcome } from "./tool-results";

type Part = LanguageModelV3ToolResultPart | LanguageModelV3ToolApprovalResponsePart;

/** The offline model's reply after its tool calls ran: one fixed phrase per result. */
export function summarizeToolResults(parts: Part[], prompt: ParsedPrompt): string {
  const lang = prompt.language;
  return parts
    .filter((p): p is LanguageModelV3ToolResultPart => p.type === "tool-result")
    .map((p) => {
      const out = p.output.type === "json" ? (p.output.value as ToolOutcome | null) : null;
      if (!out || typeof out !== "object" || !("status" in out)) return phrase(lang, "toolError");
      switch (out.status) {
        case "refused":
          return phrase(lang, "notAllowed");
        case "outside_stay":
          return phrase(lang, "onlyDuringStay");
        case "error":
          return phrase(lang, "toolError");
        case "door_code":
          return phrase(lang, "doorCode", {
            pin: out.pin,
            from: when(out.validFrom),
            until: when(out.validUntil),
          });
        case "no_door_code":
          return phrase(lang, "noDoorCode");
        case "passed_to_staff":
          return phrase(lang, "passedToStaff", { contact: prompt.contact || "staff" });
        case "list":
          return listPhrase(lang, p.toolName, readUntrustedList(out.data));
        case "mission":
          if (out.missionStatus === "failed") {
            return phrase(lang, "missionFailed", { reason: out.failedReason ?? "—" });
          }
          if (p.toolName === TOOL.handOver) {
            return phrase(lang, "handedOver", {
              message: prompt.escalationMessage,
              missionId: out.missionId,
            });
          }
          return phrase(
            lang,
            out.missionStatus === "awaiting_approval" ? "missionWaiting" : "missionStarted",
            {
              missionId: out.missionId,
            },
          );
        default:
          return phrase(lang, "toolError");
      }
    })
    .join("\n\n");
}

const when = (iso: string) => iso.slice(0, 16).replace("T", " ");

/** One line per item, as the offline model lists it (the items are already neutralised). */
function itemLine(tool: string, i: ListItem): string {
  if (tool === TOOL.tickets) return `${i.title} (${i.status})`;
  if (tool === TOOL.stays) return `${i.guest}: ${i.checkIn} → ${i.checkOut} (${i.status})`;
  return `${i.name} (${i.type}, ${i.online ? "online" : "offline"})`;
}

function listPhrase(lang: string, tool: string, list: ListItem[]) {
  const items = list.map((i) => itemLine(tool, i));
  const [none, head] =
    tool === TOOL.tickets
      ? (["ticketsNone", "ticketsList"] as const)
      : tool === TOOL.stays
        ? (["staysNone", "staysList"] as const)
        : (["devicesNone", "devicesList"] as const);
  if (items.length === 0) return phrase(lang, none);
  return `${phrase(lang, head)}\n\n${items.map((i) => `- ${i}`).join("\n")}`;
}
