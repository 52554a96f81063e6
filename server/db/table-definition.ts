/**
 * The single DynamoDB table, defined once. Used by the dev stack (create when missing), the test set-up
 * and the infrastructure code, so the three can never disagree. Pure data: no SDK, no `server-only`,
 * because scripts/ and infra/ import it outside Next.
 *
 * Generic keys `pk`/`sk` and three overloaded GSIs. Which access pattern uses which index is listed
 * in docs/data-model.md; the key builders in ./keys.ts are the only place key strings are made.
 */
export const TABLE_NAME_DEFAULT = "buildingos";

export const GSI_NAMES = ["gsi1", "gsi2", "gsi3"] as const;
export type GsiName = (typeof GSI_NAMES)[number];

/** Attribute holding the item's expiry (epoch seconds) for DynamoDB TTL. */
export const TTL_ATTRIBUTE = "ttl";

export const tableDefinition = {
  partitionKey: "pk",
  sortKey: "sk",
  attributes: ["pk", "sk", "gsi1pk", "gsi1sk", "gsi2pk", "gsi2sk", "gsi3pk", "gsi3sk"],
  globalSecondaryIndexes: GSI_NAMES.map((name) => ({
    indexName: name,
    partitionKey: `${name}pk`,
    sortKey: `${name}sk`,
    projection: "ALL" as const,
  })),
  ttlAttribute: TTL_ATTRIBUTE,
  /**
   * The table's change stream (issue 19): the access-day counters are counted from its INSERT records
   * (server/db/access-count-stream.ts), so a door event is one plain idempotent put. New images only: the counter
   * needs the new item, never the old one.
   */
  stream: "NEW_IMAGE" as const,
} as const;

/** The CreateTable input (plain object so this file needs no SDK import). On-demand billing. */
export function createTableInput(tableName: string) {
  return {
    TableName: tableName,
    BillingMode: "PAY_PER_REQUEST" as const,
    StreamSpecification: { StreamEnabled: true, StreamViewType: tableDefinition.stream },
    AttributeDefinitions: tableDefinition.attributes.map((AttributeName) => ({
      AttributeName,
      AttributeType: "S" as const,
    })),
    KeySchema: [
      { AttributeName: tableDefinition.partitionKey, KeyType: "HASH" as const },
      { AttributeName: tableDefinition.sortKey, KeyType: "RANGE" as const },
    ],
    GlobalSecondaryIndexes: tableDefinition.globalSecondaryIndexes.map((g) => ({
      IndexName: g.indexName,
      KeySchema: [
        { AttributeName: g.partitionKey, KeyType: "HASH" as const },
        { AttributeName: g.sortKey, KeyType: "RANGE" as const },
      ],
      Projection: { ProjectionType: g.projection },
    })),
  };
}
