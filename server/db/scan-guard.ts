import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { BACKGROUND_JOB_HEADER, backgroundJob } from "../runtime/background-work";

export class ScanRefusedError extends Error {
  constructor() {
    super("Scan is not allowed in a request path: add an access pattern (see docs/data-model.md)");
    this.name = "ScanRefusedError";
  }
}

/**
 * Makes the client refuse Scan before anything is sent. Request paths use this client, so a Scan slipped
 * into a service fails in the first test that reaches it instead of quietly reading a whole table in production.
 */
export function refuseScans(client: DynamoDBClient): void {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName === "ScanCommand") throw new ScanRefusedError();
      return next(args);
    },
    { step: "initialize", name: "refuseScans" },
  );
}

/**
 * Names the background job a request comes from in a header (`x-buildingos-job: access-counts`), so that what a
 * page view costs can be told from what the sweepers send meanwhile (the bench's counting proxy reads it).
 */
export function tagBackgroundRequests(client: DynamoDBClient): void {
  client.middlewareStack.add(
    (next) => async (args) => {
      const job = backgroundJob();
      const request = args.request as { headers?: Record<string, string> };
      if (job && request.headers) request.headers[BACKGROUND_JOB_HEADER] = job;
      return next(args);
    },
    { step: "build", name: "tagBackgroundRequests" },
  );
}
