import { Duration, RemovalPolicy } from "aws-cdk-lib";
import * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import * as s3 from "aws-cdk-lib/aws-s3";
import { Construct } from "constructs";
import { tableDefinition } from "../../server/db/table-definition";
import {
  ID_DOCUMENT_RETENTION_TAG,
  PENDING_UPLOAD_EXPIRY_DAYS,
  PENDING_UPLOAD_TAG,
} from "../../server/storage/retention-tag";

const str = (name: string) => ({ name, type: dynamodb.AttributeType.STRING });

/**
 * The data: the single table, built from the app's own table definition (the dev stack and the tests create
 * theirs from the same object), and the bucket for ticket photos, ID documents and knowledge documents.
 * Both are kept when the stack is deleted.
 */
export class Data extends Construct {
  readonly table: dynamodb.TableV2;
  readonly bucket: s3.Bucket;

  constructor(scope: Construct, id: string, props: { idDocumentRetentionDays: number }) {
    super(scope, id);
    this.table = new dynamodb.TableV2(this, "Table", {
      partitionKey: str(tableDefinition.partitionKey),
      sortKey: str(tableDefinition.sortKey),
      globalSecondaryIndexes: tableDefinition.globalSecondaryIndexes.map((g) => ({
        indexName: g.indexName,
        partitionKey: str(g.partitionKey),
        sortKey: str(g.sortKey),
        projectionType: dynamodb.ProjectionType[g.projection],
      })),
      billing: dynamodb.Billing.onDemand(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      timeToLiveAttribute: tableDefinition.ttlAttribute,
      // the access-day counters are counted from the stream's INSERT records (server/db/access-count-stream.ts)
      dynamoStream: dynamodb.StreamViewType[tableDefinition.stream],
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.bucket = new s3.Bucket(this, "Bucket", {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [
        {
          // S3 cannot know a stay's check-out, and the key prefix starts with the building (no literal prefix
          // selects every building's ID documents): the app tags each ID document on upload, and the rule
          // deletes it a fixed number of days after upload. Choose the days above the longest stay you take.
          id: "expire-id-documents",
          tagFilters: { [ID_DOCUMENT_RETENTION_TAG.key]: ID_DOCUMENT_RETENTION_TAG.value },
          expiration: Duration.days(props.idDocumentRetentionDays),
        },
        {
          // Ticket photos and knowledge files are tagged pending when signed and retagged attached once a
          // ticket or document points at them (server/storage/verify-upload.ts): what nobody attached goes.
          id: "expire-unattached-uploads",
          tagFilters: { [PENDING_UPLOAD_TAG.key]: PENDING_UPLOAD_TAG.value },
          expiration: Duration.days(PENDING_UPLOAD_EXPIRY_DAYS),
        },
        { id: "abort-incomplete-uploads", abortIncompleteMultipartUploadAfter: Duration.days(1) },
      ],
    });
  }

  /** Browsers upload straight to the bucket with presigned POSTs from the app's origin. */
  allowUploadsFrom(origin: string) {
    this.bucket.addCorsRule({
      allowedOrigins: [origin],
      allowedMethods: [s3.HttpMethods.POST, s3.HttpMethods.GET, s3.HttpMethods.HEAD],
      allowedHeaders: ["*"],
      exposedHeaders: ["ETag"],
      maxAge: 3000,
    });
  }
}
