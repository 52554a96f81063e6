import "server-only";
import { z } from "zod";
import { defineOperations } from "../registry";

const healthSchema = z.object({
  status: z
    .enum(["ok", "degraded", "draining"])
    .describe(
      "draining: the instance is shutting down (SIGTERM) and takes no new work; no dependency is checked",
    ),
  dependencies: z
    .record(
      z.string().describe("dynamodb, s3, mqtt"),
      z.object({ status: z.enum(["up", "down"]), latencyMs: z.number() }),
    )
    .optional(),
  since: z.string().optional().describe("when draining began (draining only)"),
  details: z
    .object({
      mqttClient: z
        .object({
          connected: z.boolean(),
          protocol: z.number(),
          sharedEvents: z.boolean(),
          counters: z.record(z.string(), z.number()),
        })
        .nullable()
        .describe(
          "This instance's broker connection and its message counters (malformed, unknownDevice…); null when it has none.",
        ),
    })
    .optional(),
});

export const healthOperations = defineOperations({
  getHealth: {
    method: "get",
    path: "/api/health",
    tag: "Operations",
    summary: "Whether this instance can serve, for load balancers and monitors",
    description:
      "Public: `{ status }` only, from dependency checks shared and kept a few seconds. With `Authorization: Bearer <HEALTH_TOKEN>` (environment) also each dependency, the draining time and the MQTT client's counters.",
    auth: "public",
    responses: {
      200: { description: "Every dependency is up", schema: healthSchema },
      503: {
        description: "At least one dependency is down, or the instance is draining (shutting down)",
        schema: healthSchema,
      },
    },
  },
});
