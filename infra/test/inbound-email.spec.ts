import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Match } from "aws-cdk-lib/assertions";
import { INBOUND_MAIL_PREFIX, INBOUND_ROUTE } from "../lib/inbound-email";
import { asList, type Props, render, type Statement, TEST_CONTEXT, templates } from "./synth";

type Resource = { Type: string; Properties: Props };
const replyDomain = `reply.${TEST_CONTEXT.emailDomain}`;

/** The resources of one type, by logical id. */
const ofType = (type: string) =>
  Object.entries(templates().main.toJSON().Resources as Record<string, Resource>).filter(
    ([, r]) => r.Type === type,
  );

describe("inbound guest email", () => {
  const t = templates().main;

  it("receives the reply domain: stores each message in S3, then invokes the relay asynchronously", () => {
    t.hasResourceProperties("AWS::SES::EmailIdentity", { EmailIdentity: replyDomain });
    const [[, rule]] = ofType("AWS::SES::ReceiptRule");
    const r = rule.Properties.Rule;
    assert.deepEqual(r.Recipients, [replyDomain]);
    assert.equal(r.Enabled, true);
    assert.equal(r.ScanEnabled, true);
    // order matters: the object must be in the bucket before the relay reads it
    assert.deepEqual(
      r.Actions.map((a: Props) => Object.keys(a)[0]),
      ["S3Action", "LambdaAction"],
    );
    const [s3Action, lambdaAction] = r.Actions;
    assert.equal(s3Action.S3Action.ObjectKeyPrefix, INBOUND_MAIL_PREFIX);
    assert.match(render(s3Action.S3Action.BucketName), /^\{Ref:InboundEmailMail/);
    assert.equal(lambdaAction.LambdaAction.InvocationType, "Event");
    assert.match(render(lambdaAction.LambdaAction.FunctionArn), /^\{InboundEmailRelay[0-9A-F]+\.Arn\}$/);
    // SES may put objects into the bucket, and call the function, for this account only
    t.hasResourceProperties("AWS::S3::BucketPolicy", {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: "s3:PutObject",
            Principal: { Service: "ses.amazonaws.com" },
            Condition: { StringEquals: { "aws:SourceAccount": { Ref: "AWS::AccountId" } } },
          }),
        ]),
      },
    });
    t.hasResourceProperties("AWS::Lambda::Permission", {
      Action: "lambda:InvokeFunction",
      Principal: "ses.amazonaws.com",
    });
  });

  it("the relay posts to the app's inbound route, retries, and keeps what still fails in a dead-letter queue", () => {
    const [[, fn]] = ofType("AWS::Lambda::Function").filter(([id]) => id.startsWith("InboundEmailRelay"));
    const env = fn.Properties.Environment.Variables;
    assert.equal(render(env.INBOUND_URL), `https://${TEST_CONTEXT.appDomain}${INBOUND_ROUTE}`);
    assert.equal(env.INBOUND_PREFIX, INBOUND_MAIL_PREFIX);
    assert.match(render(env.INBOUND_SECRET_ID), /^\{Ref:InboundEmailSecret/);
    // the secret itself is never in the function's plain configuration: only its id
    assert.deepEqual(Object.keys(env).sort(), [
      "INBOUND_BUCKET",
      "INBOUND_PREFIX",
      "INBOUND_SECRET_ID",
      "INBOUND_URL",
    ]);
    assert.equal(fn.Properties.Runtime, "nodejs22.x");
    assert.match(
      render(fn.Properties.DeadLetterConfig.TargetArn),
      /^\{InboundEmailDeadLetters[0-9A-F]+\.Arn\}$/,
    );
    t.hasResourceProperties("AWS::Lambda::EventInvokeConfig", { MaximumRetryAttempts: 2 });
  });

  it("the relay may read stored mail and the secret, nothing more; the app gets the same secret", () => {
    const [[roleId]] = ofType("AWS::IAM::Role").filter(([id]) =>
      id.startsWith("InboundEmailRelayServiceRole"),
    );
    const statements = ofType("AWS::IAM::Policy")
      .filter(([, p]) => asList(p.Properties.Roles).some((r: Props) => r.Ref === roleId))
      .flatMap(([, p]) => asList<Statement>(p.Properties.PolicyDocument.Statement));
    const actions = statements.flatMap((s) => asList(s.Action)).sort();
    assert.deepEqual(actions, [
      "s3:GetObject",
      "secretsmanager:DescribeSecret",
      "secretsmanager:GetSecretValue",
      "sqs:SendMessage",
    ]);
    const read = statements.find((s) => asList(s.Action).includes("s3:GetObject"));
    assert.match(asList(read?.Resource).map(render).join(), new RegExp(`/${INBOUND_MAIL_PREFIX}\\*$`));
    t.hasResourceProperties("AWS::ECS::TaskDefinition", {
      ContainerDefinitions: [
        Match.objectLike({
          Environment: Match.arrayWith([{ Name: "EMAIL_REPLY_ADDRESS", Value: `stays@${replyDomain}` }]),
        }),
      ],
    });
  });

  it("keeps received mail only as long as a dead-letter redrive needs it", () => {
    const [[, bucket]] = ofType("AWS::S3::Bucket").filter(([id]) => id.startsWith("InboundEmailMail"));
    assert.deepEqual(bucket.Properties.LifecycleConfiguration.Rules, [
      { Id: "expire-received-mail", ExpirationInDays: 30, Status: "Enabled" },
    ]);
    assert.ok(bucket.Properties.PublicAccessBlockConfiguration.BlockPublicPolicy);
  });
});
