import { NextResponse } from "next/server";
import { allUp, dependencyChecks, mayReadHealthDetails } from "@/server/health-status";
import { healthOperations } from "@/server/http/openapi/resources/health";
import { publicRoute } from "@/server/http/route";
import { mqttBridge } from "@/server/mqtt/runtime";
import { drainingSince } from "@/server/runtime/draining";

export const dynamic = "force-dynamic";

const noStore = { "cache-control": "no-store" };

/**
 * 200 when DynamoDB, S3 and the broker are all reachable, 503 otherwise, so a load balancer takes an instance
 * out when it cannot serve. The checks are shared and kept a few seconds (server/health-status.ts), so calling
 * this often costs nothing. Once the process is shutting down: 503 "draining" at once.
 *
 * The public answer is only `{ status }`. Each dependency with its latency, the draining time and the MQTT
 * client's counters only for `Authorization: Bearer <HEALTH_TOKEN>`.
 */
export const GET = publicRoute(healthOperations.getHealth, async ({ request }) => {
  const details = mayReadHealthDetails(request);
  const since = drainingSince();
  if (since !== null) {
    return NextResponse.json(
      details
        ? { status: "draining", since: new Date(since).toISOString(), details: { mqttClient: mqttClient() } }
        : { status: "draining" },
      { status: 503, headers: noStore },
    );
  }
  const checks = await dependencyChecks();
  const ok = allUp(checks);
  const status = ok ? "ok" : "degraded";
  if (!details) return NextResponse.json({ status }, { status: ok ? 200 : 503, headers: noStore });
  const dependencies = Object.fromEntries(
    (["dynamodb", "s3", "mqtt"] as const).map((name) => [
      name,
      { status: checks[name].ok ? "up" : "down", latencyMs: checks[name].latencyMs },
    ]),
  );
  return NextResponse.json(
    { status, dependencies, details: { mqttClient: mqttClient() } },
    { status: ok ? 200 : 503, headers: noStore },
  );
});

/** Counters only (no topics, ids or payloads): how many messages were malformed, from unknown devices, stored… */
function mqttClient() {
  const bridge = mqttBridge();
  return bridge
    ? {
        connected: bridge.connected,
        protocol: bridge.protocolVersion,
        sharedEvents: bridge.sharedEvents,
        counters: { ...bridge.metrics },
      }
    : null;
}
