import "server-only";
import { z } from "zod";
import { defineOperations } from "../registry";

const healthSchema = z.object({
  status: z.enum(["ok", "degraded"]),
  dependencies: z.record(
    z.string().describe("dynamodb, s3, mqtt"),
    z.object({ status: z.enum(["up", "down"]), latencyMs: z.number() }),
  ),
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
  method: "get",
  path: "/api/health",
  id: "getHealth",
  tag: "Operations",
  summary: "Each dependency's status, for load balancers and monitors",
  auth: "public",
  responses: {
    200: { description: "Every dependency is up", schema: healthSchema },
    503: { description: "At least one dependency is down", schema: healthSchema },
  },
});
