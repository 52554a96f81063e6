import type { ApiToken } from "@/lib/domain/api-token";
import { type BuildingConfig, buildingConfigSchema } from "@/lib/domain/building";
import { newId } from "@/lib/domain/ids";
import type { Unit } from "@/lib/domain/unit";
import type { Actor } from "@/lib/roles";
import { createApiToken } from "@/server/db/api-tokens";
import { putBuilding } from "@/server/db/buildings";
import { hashToken, newSecretToken } from "@/server/db/token-hash";
import { putUnit } from "@/server/db/units";
import { createUser } from "@/server/db/users";
import { makeUser } from "./fixtures";

/** Fixtures for API tests against DynamoDB Local: a building, its units, and tokens with their plaintext. */
const now = () => new Date().toISOString();

export async function seedBuilding(buildingId: string, features: Partial<BuildingConfig["features"]> = {}) {
  return putBuilding({
    building: {
      id: buildingId,
      name: `Building ${buildingId.slice(-4)}`,
      address: { line1: "1 Test St", city: "Testville", postalCode: "00000", country: "US" },
      timezone: "Europe/Lisbon",
      locale: "en-US",
      currency: "EUR",
      config: buildingConfigSchema.parse({ features }),
      createdAt: now(),
      updatedAt: now(),
    },
  });
}

export async function seedUnit(buildingId: string, number: string): Promise<Unit> {
  return putUnit({
    unit: {
      id: newId(),
      buildingId,
      number,
      floor: 1,
      type: "studio",
      capacity: 2,
      ownerIds: [],
      residentIds: [],
      rentable: true,
      nightlyRateMinor: 10_000,
      status: "active",
      createdAt: now(),
      updatedAt: now(),
    },
  });
}

/** A stored token and the plaintext a client would present (the store only ever sees its hash). */
/** A token and, unless `createdBy` is given, the active manager who issued it (a token dies with its issuer). */
export async function seedToken(buildingId: string, over: Partial<ApiToken> = {}) {
  const secret = `bos_${newSecretToken()}`;
  const createdBy =
    over.createdBy ?? (await createUser({ user: makeUser(buildingId, { role: "manager" }) })).id;
  const token: ApiToken = {
    id: newId(),
    buildingId,
    name: "Test integration",
    prefix: secret.slice(0, 10),
    tokenHash: hashToken(secret),
    role: "staff",
    createdBy,
    createdAt: now(),
    expiresAt: null,
    lastUsedAt: null,
    revokedAt: null,
    ...over,
  };
  await createApiToken({ token });
  return { token, secret };
}

export const userActor = (buildingId: string, role: Actor["role"] = "manager"): Actor => ({
  kind: "user",
  id: newId(),
  role,
  buildingId,
  unitIds: [],
  name: "Test Person",
  email: "person@test.example",
});

export const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });

/**
 * A request as the app's own pages send it: with their Origin, and a string body declared JSON. `/api/v1`
 * refuses a cookie-session write without them (server/http/route.ts); with a token they change nothing.
 */
export function browserRequest(url: string, init: RequestInit = {}): Request {
  const headers = new Headers(init.headers);
  if (!headers.has("origin")) headers.set("origin", new URL(url).origin);
  if (typeof init.body === "string" && !headers.has("content-type"))
    headers.set("content-type", "application/json");
  return new Request(url, { ...init, headers });
}
