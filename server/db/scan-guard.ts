import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";

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
