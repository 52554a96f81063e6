/**
 * Creates a real building and its first manager: the first data in a fresh deployment (docs/deploy.md), where the
 * demo seed does not belong. Uses the app's own schemas and db functions against whatever DYNAMODB_TABLE /
 * AWS_REGION point at (unset DYNAMODB_ENDPOINT = the real DynamoDB). The password comes from the environment, never
 * the command line (shell history). The manager then adds units, people and devices in the app.
 *
 *   MANAGER_PASSWORD='…' npx tsx --conditions=react-server scripts/create-building.ts \
 *     --name "Rua Augusta 10" --line1 "Rua Augusta 10" --city Lisboa --postal-code 1100-053 --country PT \
 *     --timezone Europe/Lisbon --locale pt-PT --currency EUR --manager-email ana@example.com --manager-name "Ana Silva"
 */
import { parseArgs } from "node:util";
import { z } from "zod";
import { type Building, buildingSchema, DEFAULT_BUILDING_CONFIG } from "@/lib/domain/building";
import { newId } from "@/lib/domain/ids";
import { hashPassword } from "@/server/auth/password";
import { putBuilding } from "@/server/db/buildings";
import { createUser, findUserByEmail } from "@/server/db/users";

export const createBuildingInputSchema = z.object({
  name: buildingSchema.shape.name,
  address: buildingSchema.shape.address,
  timezone: buildingSchema.shape.timezone,
  locale: buildingSchema.shape.locale,
  currency: buildingSchema.shape.currency,
  manager: z.object({
    email: z.email(),
    name: z.string().trim().min(1).max(120),
    password: z.string().min(12, "MANAGER_PASSWORD must be at least 12 characters"),
  }),
});
export type CreateBuildingInput = z.input<typeof createBuildingInputSchema>;

/** Refuses an email that already has an account (emails are unique across buildings). */
export async function createBuilding(raw: CreateBuildingInput, now = new Date()) {
  const input = createBuildingInputSchema.parse(raw);
  if (await findUserByEmail({ email: input.manager.email })) {
    throw new Error(`${input.manager.email} already has an account`);
  }
  const at = now.toISOString();
  const building: Building = buildingSchema.parse({
    id: newId(),
    name: input.name,
    address: input.address,
    timezone: input.timezone,
    locale: input.locale,
    currency: input.currency,
    config: DEFAULT_BUILDING_CONFIG,
    createdAt: at,
    updatedAt: at,
  });
  await putBuilding({ building });
  const manager = await createUser({
    user: {
      id: newId(),
      buildingId: building.id,
      email: input.manager.email,
      name: input.manager.name,
      phone: null,
      role: "manager",
      unitIds: [],
      status: "active",
      locale: null,
      createdAt: at,
      updatedAt: at,
      lastLoginAt: null,
      passwordHash: await hashPassword(input.manager.password),
    },
  });
  return { building, manager };
}

async function main() {
  const { values: v } = parseArgs({
    options: {
      name: { type: "string" },
      line1: { type: "string" },
      line2: { type: "string" },
      city: { type: "string" },
      region: { type: "string" },
      "postal-code": { type: "string" },
      country: { type: "string" },
      timezone: { type: "string" },
      locale: { type: "string", default: "en-US" },
      currency: { type: "string", default: "USD" },
      "manager-email": { type: "string" },
      "manager-name": { type: "string" },
    },
  });
  const { building, manager } = await createBuilding({
    name: v.name ?? "",
    address: {
      line1: v.line1 ?? "",
      line2: v.line2,
      city: v.city ?? "",
      region: v.region,
      postalCode: v["postal-code"] ?? "",
      country: v.country ?? "",
    },
    timezone: v.timezone ?? "",
    locale: v.locale ?? "en-US",
    currency: v.currency ?? "USD",
    manager: {
      email: v["manager-email"] ?? "",
      name: v["manager-name"] ?? "",
      password: process.env.MANAGER_PASSWORD ?? "",
    },
  });
  console.log(
    JSON.stringify({ buildingId: building.id, managerId: manager.id, managerEmail: manager.email }),
  );
}

if (process.argv[1]?.endsWith("create-building.ts")) {
  main().catch((e) => {
    console.error(e instanceof z.ZodError ? z.prettifyError(e) : e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
