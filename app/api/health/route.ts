import { NextResponse } from "next/server";
import { checkDynamo } from "@/server/db/health";
import { checkMqtt } from "@/server/mqtt/health";
import { mqttBridge } from "@/server/mqtt/runtime";
import { drainingSince } from "@/server/runtime/draining";
import { checkS3 } from "@/server/storage/health";

export const dynamic = "force-dynamic";

const noStore = { "cache-control": "no-store" };

/**
 * Each dependency as up or down, checked in parallel with short timeouts. 200 when all are up, 503 otherwise,
 * so a load balancer takes an instance out when it cannot serve. Errors are named, never detailed.
 * Once the process is shutting down: 503 "draining" at once, so the load balancer stops sending it traffic.
 */
export async function GET() {
  const since = drainingSince();
  if (since !== null) {
    return NextResponse.json(
      { status: "draining", since: new Date(since).toISOString(), details: { mqttClient: mqttClient() } },
      { status: 503, headers: noStore },
    );
  }
  const [dynamodb, s3, mqtt] = await Promise.all([checkDynamo(), checkS3(), checkMqtt()]);
  const dependencies = Object.fromEntries(
    Object.entries({ dynamodb, s3, mqtt }).map(([name, r]) => [
      name,
      { status: r.ok ? "up" : "down", latencyMs: r.latencyMs },
    ]),
  );
  const ok = dynamodb.ok && s3.ok && mqtt.ok;
  return NextResponse.json(
    { status: ok ? "ok" : "degraded", dependencies, details: { mqttClient: mqttClient() } },
    { status: ok ? 200 : 503, headers: noStore },
  );
}

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
