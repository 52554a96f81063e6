import "server-only";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { config, localCredentials } from "../config";
import { refuseScans, tagBackgroundRequests } from "./scan-guard";

let doc: DynamoDBDocumentClient | undefined;

/** The one DynamoDB client of the process. Request paths may Query, Get and transact, never Scan. */
export function db(): DynamoDBDocumentClient {
  if (!doc) {
    const c = config();
    const client = new DynamoDBClient({
      region: c.AWS_REGION,
      endpoint: c.DYNAMODB_ENDPOINT,
      credentials: localCredentials(c.DYNAMODB_ENDPOINT),
    });
    refuseScans(client);
    tagBackgroundRequests(client);
    doc = DynamoDBDocumentClient.from(client, {
      marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
    });
  }
  return doc;
}

export function tableName(): string {
  return config().DYNAMODB_TABLE;
}
