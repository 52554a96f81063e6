import { join } from "node:path";
import { Duration, RemovalPolicy } from "aws-cdk-lib";
import * as iam from "aws-cdk-lib/aws-iam";
import * as lambda from "aws-cdk-lib/aws-lambda";
import * as nodejs from "aws-cdk-lib/aws-lambda-nodejs";
import * as logs from "aws-cdk-lib/aws-logs";
import * as s3 from "aws-cdk-lib/aws-s3";
import * as secretsmanager from "aws-cdk-lib/aws-secretsmanager";
import * as ses from "aws-cdk-lib/aws-ses";
import * as sesActions from "aws-cdk-lib/aws-ses-actions";
import * as sqs from "aws-cdk-lib/aws-sqs";
import { Construct } from "constructs";

/** Where the receipt rule's S3 action stores each message: `${INBOUND_MAIL_PREFIX}${messageId}`. */
export const INBOUND_MAIL_PREFIX = "inbound/";
/** Raw replies hold guests' words and addresses: kept long enough to redrive the dead-letter queue (14 days). */
export const INBOUND_MAIL_RETENTION_DAYS = 30;
/** The app's route the relay posts to (app/api/v1/inbound/email/route.ts). */
export const INBOUND_ROUTE = "/api/v1/inbound/email";

/**
 * Guest replies by email (issue 17, docs/channel-sync.md): SES receives mail for the reply domain, a receipt rule
 * stores the raw message in a bucket of its own, then invokes the relay Lambda (infra/lambda/inbound-email-relay.ts)
 * asynchronously. The relay POSTs the message to the app's inbound route with the shared secret, generated here in
 * Secrets Manager and given to the app as INBOUND_EMAIL_SECRET. A failed POST throws: Lambda retries twice, then
 * the event waits in a dead-letter queue (the message itself stays in the bucket).
 *
 * Not done by CloudFormation (docs/deploy.md): the reply domain's MX record, and making the rule set the account's
 * active one (`aws ses set-active-receipt-rule-set`), since a region has one active set per account.
 */
export class InboundEmail extends Construct {
  readonly bucket: s3.Bucket;
  readonly secret: secretsmanager.Secret;
  readonly relay: nodejs.NodejsFunction;
  readonly deadLetters: sqs.Queue;
  readonly ruleSet: ses.ReceiptRuleSet;
  readonly identity: ses.EmailIdentity;

  constructor(scope: Construct, id: string, props: { replyDomain: string; appOrigin: string }) {
    super(scope, id);
    // SES receives only for verified domains; the reply domain is its own identity (DKIM records as for EMAIL_FROM's)
    this.identity = new ses.EmailIdentity(this, "ReplyDomain", {
      identity: ses.Identity.domain(props.replyDomain),
    });
    this.secret = new secretsmanager.Secret(this, "Secret", {
      description: "INBOUND_EMAIL_SECRET: the bearer secret the inbound email relay presents to the app",
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
    });
    this.bucket = new s3.Bucket(this, "Mail", {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [
        { id: "expire-received-mail", expiration: Duration.days(INBOUND_MAIL_RETENTION_DAYS) },
      ],
    });
    this.deadLetters = new sqs.Queue(this, "DeadLetters", {
      retentionPeriod: Duration.days(14),
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
    });
    this.relay = new nodejs.NodejsFunction(this, "Relay", {
      entry: join(__dirname, "..", "lambda", "inbound-email-relay.ts"),
      handler: "handler",
      projectRoot: join(__dirname, ".."),
      depsLockFilePath: join(__dirname, "..", "package-lock.json"),
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: 256,
      timeout: Duration.seconds(30),
      description: "Posts each email SES receives for the reply domain to BuildingOS's inbound route",
      // the AWS SDK v3 is the runtime's own; nothing else is imported
      bundling: { externalModules: ["@aws-sdk/*"], target: "node22" },
      environment: {
        INBOUND_BUCKET: this.bucket.bucketName,
        INBOUND_PREFIX: INBOUND_MAIL_PREFIX,
        INBOUND_URL: `${props.appOrigin}${INBOUND_ROUTE}`,
        INBOUND_SECRET_ID: this.secret.secretArn,
      },
      retryAttempts: 2,
      maxEventAge: Duration.hours(6),
      deadLetterQueue: this.deadLetters,
      logGroup: new logs.LogGroup(this, "RelayLogs", {
        retention: logs.RetentionDays.ONE_MONTH,
        removalPolicy: RemovalPolicy.DESTROY,
      }),
    });
    this.relay.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ["s3:GetObject"],
        resources: [this.bucket.arnForObjects(`${INBOUND_MAIL_PREFIX}*`)],
      }),
    );
    this.secret.grantRead(this.relay);

    this.ruleSet = new ses.ReceiptRuleSet(this, "Rules", {
      rules: [
        {
          recipients: [props.replyDomain],
          scanEnabled: true,
          actions: [
            new sesActions.S3({ bucket: this.bucket, objectKeyPrefix: INBOUND_MAIL_PREFIX }),
            new sesActions.Lambda({
              function: this.relay,
              invocationType: sesActions.LambdaInvocationType.EVENT,
            }),
          ],
        },
      ],
    });
  }
}
