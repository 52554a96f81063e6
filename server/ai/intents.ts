import "server-only";
import type { TicketCategory } from "@/lib/domain/ticket";
import { TOOL, type ToolName } from "./tool-names";

/**
 * The offline model's deterministic router: clear requests (in English, Spanish or Portuguese) map to a tool call
 * with its input. Anything else is answered from the retrieved passages. Routing only proposes a call: the tool
 * decides whether this actor may do it.
 */
export type Intent = { tool: ToolName; input: Record<string, unknown> };

const SECRET =
  /(system prompt|your (instructions|rules|prompt)|ignore (all|previous|the above)|instrucciones|prompt del sistema|instruções|ignora (las|todas)|ignore (as|todas))/i;
const MAINTENANCE =
  /(leak|leaking|drip|broken|not working|doesn'?t work|does not work|clogged|blocked|no hot water|fuga|gotea|roto|rota|no funciona|atascad|vaza|vazamento|pingando|quebrad|não funciona|entupid)/i;
const DOOR_ACCESS =
  /(let (the |my |a )?([\w-]+) in(to)?|unlock|open (the )?door (of|for|to)|deja(r)? (entrar|pasar)|abr(e|ir) la puerta|deixa(r)? (entrar)|abr(a|ir) a porta|destrav)/i;
const DOOR_CODE =
  /(door code|my code|access code|pin code|código de (la )?puerta|código de acceso|meu código|código da porta|mi código)/i;
const TICKETS = /(my (open )?tickets|my requests|mis (tickets|solicitudes)|meus (tickets|chamados|pedidos))/i;
const STAYS = /(my stays|my reservations|my bookings|mis (estancias|reservas)|minhas (estadias|reservas))/i;
const DEVICES = /(my devices|devices in my|mis dispositivos|meus dispositivos)/i;
const HAND_OVER =
  /(talk to (a )?(person|human|staff)|contact (the )?staff|front desk|hablar con (una persona|el personal)|falar com (uma pessoa|a equipe))/i;

const CATEGORY: [RegExp, TicketCategory][] = [
  [
    /(sink|tap|faucet|toilet|shower|pipe|water|leak|drip|fregadero|grifo|agua|fuga|pia|torneira|água|vaza)/i,
    "plumbing",
  ],
  [/(light|socket|power|electric|fuse|luz|enchufe|eléctric|tomada|elétric)/i, "electrical"],
  [/(heat|heating|radiator|air con|ac\b|calefacci|aquecimento|ar condicionado)/i, "heating_cooling"],
  [/(fridge|oven|dishwasher|washing machine|nevera|horno|lavadora|geladeira|forno|máquina)/i, "appliance"],
  [/(door|lock|key|puerta|cerradura|llave|porta|fechadura|chave)/i, "access"],
  [/(wifi|wi-fi|internet)/i, "internet"],
];

export function isSecretRequest(text: string): boolean {
  return SECRET.test(text);
}

export function matchesAny(text: string, topics: string[]): string | null {
  const t = text.toLowerCase();
  return topics.find((topic) => topic.length > 2 && t.includes(topic.toLowerCase())) ?? null;
}

export function routeIntent(text: string, available: Set<string>): Intent | null {
  const pick = (tool: ToolName, input: Record<string, unknown>) =>
    available.has(tool) ? { tool, input } : null;
  if (DOOR_ACCESS.test(text)) {
    const unit = text.match(
      /\b(?:unit|apartment|apt|flat|into|unidad|apartamento|departamento)\s*#?\s*(\w*\d\w*)/i,
    )?.[1];
    const visitor = text.match(/let (?:the |my |a )?([\w-]+) in/i)?.[1] ?? "visitor";
    const at = text.match(/\bat (\d{1,2}(?::\d{2})?\s*(?:am|pm)?)/i)?.[1];
    const r = pick(TOOL.doorAccess, { ...(unit ? { unit } : {}), visitor, ...(at ? { at } : {}) });
    if (r) return r;
  }
  if (DOOR_CODE.test(text)) return pick(TOOL.doorCode, {});
  if (TICKETS.test(text)) return pick(TOOL.tickets, {});
  if (STAYS.test(text)) return pick(TOOL.stays, {});
  if (DEVICES.test(text)) return pick(TOOL.devices, {});
  if (MAINTENANCE.test(text)) {
    const category = CATEGORY.find(([re]) => re.test(text))?.[1] ?? "other";
    const title = text.trim().replace(/\s+/g, " ").slice(0, 120);
    return pick(TOOL.openMaintenance, {
      title: title.length >= 3 ? title : "Maintenance request",
      description: text.trim().slice(0, 2000),
      category,
    });
  }
  if (HAND_OVER.test(text)) return pick(TOOL.handOver, { reason: text.trim().slice(0, 500) });
  return null;
}
