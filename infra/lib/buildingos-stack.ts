import { Annotations, ArnFormat, CfnOutput, Stack, type StackProps } from "aws-cdk-lib";
import * as ec2 from "aws-cdk-lib/aws-ec2";
import type * as ecr from "aws-cdk-lib/aws-ecr";
import * as ecs from "aws-cdk-lib/aws-ecs";
import * as iam from "aws-cdk-lib/aws-iam";
import * as ses from "aws-cdk-lib/aws-ses";
import type { Construct } from "constructs";
import { GSI_NAMES } from "../../server/db/table-definition";
import {
  ATTACHED_UPLOAD_TAG,
  ID_DOCUMENT_RETENTION_TAG,
  PENDING_UPLOAD_TAG,
  UPLOAD_STATE_TAG_KEY,
} from "../../server/storage/retention-tag";
import { AppService } from "./app-service";
import type { InfraConfig } from "./config";
import { Data } from "./data";
import { InboundEmail } from "./inbound-email";
import { IotPolicies } from "./iot";
import { Search } from "./search";

/** Table item actions the app uses (TransactWriteItems is authorised per item by these); no Scan. */
const TABLE_ACTIONS = [
  "dynamodb:GetItem",
  "dynamodb:BatchGetItem",
  "dynamodb:Query",
  "dynamodb:PutItem",
  "dynamodb:UpdateItem",
  "dynamodb:DeleteItem",
  "dynamodb:BatchWriteItem",
  "dynamodb:ConditionCheckItem",
  "dynamodb:DescribeTable",
];

export type BuildingOSStackProps = StackProps & { config: InfraConfig; repository: ecr.IRepository };

/**
 * One building company's BuildingOS: data, search, devices, email, models and the app service, with the
 * app's task role granted exactly what each part needs (see docs/deploy.md).
 */
export class BuildingOSStack extends Stack {
  constructor(scope: Construct, id: string, props: BuildingOSStackProps) {
    super(scope, id, props);
    const c = props.config;

    const vpc = new ec2.Vpc(this, "Vpc", { maxAzs: 2, natGateways: c.natGateways });
    const data = new Data(this, "Data", { idDocumentRetentionDays: c.idDocumentRetentionDays });
    const search = new Search(this, "Search", { name: "buildingos", vpc, redundancy: c.searchRedundancy });
    const iot = new IotPolicies(this, "Iot", { topicPrefix: c.mqttTopicPrefix, shareName: c.mqttShareName });
    const email = new ses.EmailIdentity(this, "EmailIdentity", {
      identity: ses.Identity.domain(c.emailDomain),
    });

    if (!c.mqttUrl) {
      Annotations.of(this).addWarningV2(
        "buildingos:mqttUrl",
        "No mqttUrl in context: set -c mqttUrl=... to the account's IoT data endpoint (see docs/deploy.md).",
      );
    }
    const app = new AppService(this, "App", {
      vpc,
      repository: props.repository,
      imageTag: c.imageTag,
      desiredCount: c.desiredCount,
      appDomain: c.appDomain,
      certificateArn: c.certificateArn || undefined,
      environment: {
        NODE_ENV: "production",
        DYNAMODB_TABLE: data.table.tableName,
        S3_BUCKET: data.bucket.bucketName,
        MQTT_URL: c.mqttUrl || "mqtts://set-mqttUrl-in-cdk-context:8883",
        MQTT_TOPIC_PREFIX: c.mqttTopicPrefix,
        MQTT_SHARE_NAME: c.mqttShareName,
        OPENSEARCH_URL: search.collection.attrCollectionEndpoint,
        // the collection is OpenSearch Serverless: requests are signed for `aoss`, not a domain's `es`
        OPENSEARCH_SERVICE: "aoss",
        AI_PROVIDER: "bedrock",
        EMAIL_TRANSPORT: "ses",
        EMAIL_FROM: `BuildingOS <no-reply@${c.emailDomain}>`,
        // guests' replies: SES receives the reply domain and the inbound relay posts them to the app
        EMAIL_REPLY_ADDRESS: `stays@${c.replyDomain}`,
        AUTH_TRUST_HOST: "true",
        LOG_LEVEL: "info",
        SIMULATOR: "off",
        // Last, so a deployment can override any default (e.g. EMAIL_TRANSPORT=outbox while SES is in the sandbox).
        ...c.extraEnvironment,
      },
    });
    data.allowUploadsFrom(app.origin);
    const inbound = new InboundEmail(this, "InboundEmail", {
      replyDomain: c.replyDomain,
      appOrigin: app.origin,
    });
    app.container.addSecret("INBOUND_EMAIL_SECRET", ecs.Secret.fromSecretsManager(inbound.secret));
    const role = app.taskRole;

    role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: TABLE_ACTIONS,
        resources: [data.table.tableArn, ...GSI_NAMES.map((g) => `${data.table.tableArn}/index/${g}`)],
      }),
    );
    // the access-day counters are counted from the table's stream by the app itself (server/db/access-count-stream.ts)
    role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ["dynamodb:DescribeStream", "dynamodb:GetShardIterator", "dynamodb:GetRecords"],
        resources: [data.table.tableStreamArn ?? `${data.table.tableArn}/stream/*`],
      }),
    );
    role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"],
        resources: [data.bucket.arnForObjects("buildings/*")],
      }),
    );
    // A presigned POST with a `tagging` field needs the signer to hold PutObjectTagging (ID documents only).
    role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ["s3:PutObjectTagging"],
        resources: [data.bucket.arnForObjects("buildings/*/id-documents/*")],
        conditions: {
          StringEquals: {
            [`s3:RequestObjectTag/${ID_DOCUMENT_RETENTION_TAG.key}`]: ID_DOCUMENT_RETENTION_TAG.value,
          },
        },
      }),
    );
    // Ticket photos and knowledge files: the pending tag in their presigned POST, and the retagging as attached.
    role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ["s3:PutObjectTagging"],
        resources: [
          data.bucket.arnForObjects("buildings/*/tickets/*"),
          data.bucket.arnForObjects("buildings/*/knowledge/*"),
        ],
        conditions: {
          StringEquals: {
            [`s3:RequestObjectTag/${UPLOAD_STATE_TAG_KEY}`]: [
              PENDING_UPLOAD_TAG.value,
              ATTACHED_UPLOAD_TAG.value,
            ],
          },
        },
      }),
    );
    // HeadBucket (the health check) is authorised by ListBucket on the bucket itself.
    role.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: ["s3:ListBucket"], resources: [data.bucket.bucketArn] }),
    );
    search.grantDataAccess(role);
    app.allowHttpsTo(search.endpointSecurityGroup);
    role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"],
        resources: c.bedrockModelIds.map((modelId) =>
          this.formatArn({
            service: "bedrock",
            account: "",
            resource: "foundation-model",
            resourceName: modelId,
            arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
          }),
        ),
      }),
    );
    role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ["ses:SendEmail", "ses:SendRawEmail"],
        resources: [
          this.formatArn({
            service: "ses",
            resource: "identity",
            resourceName: email.emailIdentityName,
            arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
          }),
        ],
      }),
    );
    for (const statement of iot.appStatements) role.addToPrincipalPolicy(statement);

    new CfnOutput(this, "AppUrl", { value: app.origin });
    new CfnOutput(this, "TableName", { value: data.table.tableName });
    new CfnOutput(this, "BucketName", { value: data.bucket.bucketName });
    new CfnOutput(this, "SearchEndpoint", { value: search.collection.attrCollectionEndpoint });
    new CfnOutput(this, "AuthSecretArn", { value: app.authSecret.secretArn });
    new CfnOutput(this, "InboundRuleSetName", { value: inbound.ruleSet.receiptRuleSetName });
    new CfnOutput(this, "InboundMailBucket", { value: inbound.bucket.bucketName });
    new CfnOutput(this, "InboundDeadLetterQueue", { value: inbound.deadLetters.queueUrl });
    new CfnOutput(this, "DeviceIotPolicy", { value: iot.devicePolicy.ref });
    new CfnOutput(this, "AppIotPolicy", { value: iot.appPolicy.ref });
  }
}
