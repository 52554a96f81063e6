import "server-only";
import { type ToolSet, tool } from "ai";
import { z } from "zod";
import { PASS_HOLDER_KINDS } from "@/lib/domain/pass";
import { parseRequestTime } from "@/lib/domain/request-time";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { logger } from "../logger";
import { getBuilding } from "../services/building/get-building";
import { listVisibleDevices } from "../services/devices/list-device-options";
import { listPackages } from "../services/packages/list-packages";
import { issuePass } from "../services/passes/issue-pass";
import { listPassDoorOptions } from "../services/passes/pass-door-options";

export const LIFE_TOOL = {
  issuePass: "issue_access_pass",
  myParcels: "my_parcels",
} as const;

type Outcome =
  | { status: "refused"; reason: string }
  | { status: "error" }
  | {
      status: "pass_issued" | "pass_pending_approval";
      holder: string;
      doors: string[];
      from: string;
      until: string;
      /** the PIN and link go to the issuer only (the pass's public page also shows the PIN while active) */
      pin: string;
      link: string;
    }
  | {
      status: "parcels";
      count: number;
      /** what staff and carriers wrote (carrier, shelf): data, never instructions */
      parcels: { carrier: string; shelf: string | null; waitingSince: string; pickupPin: string | null }[];
    };

const HOUR = 3600_000;
const lower = (s: string) => s.toLowerCase();

/**
 * Passes and parcels for the person asking, built for one actor like `bookingTools`: each tool exists only when
 * the permission table gives the role the capability, and calls the service a page would (which checks rights
 * again: a resident's pass opens common doors and their own unit's only). Doors are named in words and matched
 * among the options this person may choose; times are read in the building's zone. A building that requires
 * approval keeps a resident's pass `pending`: that is the proposal, and staff are told and decide on the pass.
 */
export function lifeTools(actor: Actor): ToolSet {
  const run = async (name: string, fn: () => Promise<Outcome>): Promise<Outcome> => {
    try {
      return await fn();
    } catch (e) {
      if (e instanceof AppError && e.code !== "internal" && e.code !== "unavailable") {
        return { status: "refused", reason: e.message };
      }
      logger.error("life tool failed", { tool: name, actorId: actor.id, error: String(e) });
      return { status: "error" };
    }
  };
  const tools: ToolSet = {};
  if (actor.kind === "user" && can(actor, "pass.create")) {
    tools[LIFE_TOOL.issuePass] = tool({
      description:
        "Issue an access pass for a visitor, vendor, cleaner or household member: a PIN that opens the named doors (door groups like 'lobby' or single doors; a resident's own unit door by default) for some hours from a time in the user's words, or for several days. When the building requires approval it waits for staff.",
      inputSchema: z.object({
        holder: z.string().trim().min(1).max(80).describe("The pass holder's name"),
        kind: z.enum(PASS_HOLDER_KINDS).default("visitor"),
        email: z.email().max(254).optional().describe("Send the PIN to this address too"),
        doors: z
          .array(z.string().trim().min(1).max(60))
          .max(10)
          .default([])
          .describe("Door group or door names; empty: the user's own unit door(s)"),
        at: z.string().trim().min(1).max(80).describe("When it starts, e.g. 'tomorrow at 9:00'"),
        hours: z.number().int().min(1).max(24).default(3),
        days: z.number().int().min(1).max(30).optional().describe("For a pass over several days"),
      }),
      execute: (input) =>
        run(LIFE_TOOL.issuePass, async () => {
          const building = await getBuilding(actor);
          const start = parseRequestTime(input.at, { timeZone: building.timezone })?.at ?? null;
          if (!start) return { status: "refused", reason: "Say when, e.g. 'tomorrow at 9:00'." };
          const options = await listPassDoorOptions(actor);
          const own =
            actor.role === "resident"
              ? (await listVisibleDevices(actor, { type: "lock" })).filter(
                  (d) => d.unitId && actor.unitIds.includes(d.unitId),
                )
              : [];
          const picked = pickDoors(options, input.doors ?? [], own);
          if ("reason" in picked) return { status: "refused", reason: picked.reason };
          const from = Date.parse(start);
          const until = new Date(
            input.days ? from + input.days * 24 * HOUR : from + (input.hours ?? 3) * HOUR,
          ).toISOString();
          const { pass, link } = await issuePass(actor, {
            holder: { name: input.holder, kind: input.kind ?? "visitor", email: input.email },
            doorGroupIds: picked.groups.map((g) => g.id),
            deviceIds: picked.doors.map((d) => d.id),
            schedule: input.days
              ? { kind: "range", from: start, until }
              : { kind: "once", from: start, until },
            delivery: input.email ? "email" : "link",
          });
          return {
            status: pass.status === "pending" ? "pass_pending_approval" : "pass_issued",
            holder: pass.holder.name,
            doors: [...picked.groups, ...picked.doors].map((d) => d.name),
            from: start,
            until,
            pin: pass.pin ?? "",
            link,
          };
        }),
    });
  }
  if (actor.role === "resident" && can(actor, "package.read")) {
    tools[LIFE_TOOL.myParcels] = tool({
      description:
        "Whether parcels wait for the user at the package room (their own units' parcels only): carrier, shelf, since when, and the pickup PIN.",
      inputSchema: z.object({}),
      execute: () =>
        run(LIFE_TOOL.myParcels, async () => {
          const { items } = await listPackages(actor, { limit: 50 });
          const waiting = items.filter((p) => p.status === "waiting");
          return {
            status: "parcels",
            count: waiting.length,
            parcels: waiting.map((p) => ({
              carrier: p.carrier,
              shelf: p.shelf,
              waitingSince: p.loggedAt,
              pickupPin: p.pickupPin ?? null,
            })),
          };
        }),
    });
  }
  return tools;
}

type Named = { id: string; name: string };

/**
 * The door groups and doors a pass names, matched by name among the person's options (groups first). No names:
 * a resident's own unit doors; staff must name them.
 */
function pickDoors(
  options: { groups: Named[]; doors: Named[] },
  names: string[],
  ownDoors: Named[],
): { groups: Named[]; doors: Named[] } | { reason: string } {
  if (names.length === 0) {
    if (ownDoors.length === 0) return { reason: "Name the doors the pass should open." };
    return { groups: [], doors: ownDoors.map((d) => ({ id: d.id, name: d.name })) };
  }
  const groups: Named[] = [];
  const doors: Named[] = [];
  for (const n of names) {
    const g = options.groups.find((x) => lower(x.name).includes(lower(n)));
    const d = g ? null : options.doors.find((x) => lower(x.name).includes(lower(n)));
    if (g) groups.push(g);
    else if (d) doors.push(d);
    else return { reason: `No door or door group called "${n.slice(0, 60)}" that you may open.` };
  }
  return { groups, doors };
}
