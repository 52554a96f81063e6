import "server-only";
import { timingSafeEqual } from "node:crypto";
import { config } from "./config";
import { checkDynamo } from "./db/health";
import type { HealthResult } from "./health-check";
import { checkMqtt } from "./mqtt/health";
import { checkS3 } from "./storage/health";

/**
 * The dependency checks behind /api/health, shared by every caller: one run at a time, its answer kept for a
 * few seconds (a failure for less, so recovery shows soon). A flood of health requests therefore opens at most
 * one broker connection, one DescribeTable and one HeadBucket per OK_TTL_MS per instance, not one per request.
 */
export type DependencyChecks = { at: number; dynamodb: HealthResult; s3: HealthResult; mqtt: HealthResult };

export const OK_TTL_MS = 5_000;
export const FAILED_TTL_MS = 1_000;

type Checker = () => Promise<Omit<DependencyChecks, "at">>;
const realChecks: Checker = async () => {
  const [dynamodb, s3, mqtt] = await Promise.all([checkDynamo(), checkS3(), checkMqtt()]);
  return { dynamodb, s3, mqtt };
};

let checker: Checker = realChecks;
let kept: DependencyChecks | null = null;
let running: Promise<DependencyChecks> | null = null;

export const allUp = (c: DependencyChecks) => c.dynamodb.ok && c.s3.ok && c.mqtt.ok;

export function dependencyChecks(now = Date.now()): Promise<DependencyChecks> {
  if (kept && now - kept.at < (allUp(kept) ? OK_TTL_MS : FAILED_TTL_MS)) return Promise.resolve(kept);
  running ??= checker()
    .then((r) => {
      kept = { at: Date.now(), ...r };
      return kept;
    })
    .finally(() => {
      running = null;
    });
  return running;
}

/** Tests: count or fake the checks, and forget what was kept. */
export function setDependencyCheckerForTesting(next: Checker | null) {
  checker = next ?? realChecks;
  kept = null;
  running = null;
}

/**
 * May this request see the details? Only with `Authorization: Bearer <HEALTH_TOKEN>` (compared in constant
 * time). Not "from loopback": a route handler cannot tell the peer's address, since Next fills X-Forwarded-For
 * from the socket only when the client sent none.
 */
export function mayReadHealthDetails(request: Request | undefined): boolean {
  const token = config().HEALTH_TOKEN;
  const header = request?.headers.get("authorization")?.trim() ?? "";
  const m = /^Bearer\s+(.+)$/i.exec(header);
  if (!token || !m?.[1]) return false;
  const given = Buffer.from(m[1].trim());
  const want = Buffer.from(token);
  return given.length === want.length && timingSafeEqual(given, want);
}
