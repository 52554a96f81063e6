import { ArnFormat, Stack } from "aws-cdk-lib";
import * as iam from "aws-cdk-lib/aws-iam";
import * as iot from "aws-cdk-lib/aws-iot";
import { Construct } from "constructs";
import {
  APP_CLIENT_IDS,
  anyDeviceTopic,
  appLiveTopic,
  DEVICE_TO_SERVER,
  ownTopic,
  RETAINED,
  SERVER_TO_DEVICE,
  sharedFilter,
  THING_NAME,
} from "./mqtt-topics";

type Kind = "client" | "topic" | "topicfilter";

/**
 * AWS IoT Core policies. `device`: attached to each device's certificate; the device connects with its thing
 * name as client id and reaches only its own topics. `app`: for an app that authenticates with a certificate;
 * the same statements (`appStatements`) go on the task role for SigV4 (WebSocket) connections.
 */
export class IotPolicies extends Construct {
  readonly devicePolicy: iot.CfnPolicy;
  readonly appPolicy: iot.CfnPolicy;
  readonly appStatements: iam.PolicyStatement[];

  constructor(scope: Construct, id: string, props: { topicPrefix: string; shareName: string }) {
    super(scope, id);
    const stack = Stack.of(this);
    const arn = (kind: Kind, name: string) =>
      stack.formatArn({
        service: "iot",
        resource: kind,
        resourceName: name,
        arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
      });
    const p = props.topicPrefix;

    const device = new iam.PolicyDocument({
      statements: [
        new iam.PolicyStatement({
          actions: ["iot:Connect"],
          resources: [arn("client", THING_NAME)],
          // Only a certificate attached to that very thing may connect under its name.
          conditions: { Bool: { "iot:Connection.Thing.IsAttached": "true" } },
        }),
        new iam.PolicyStatement({
          actions: ["iot:Publish"],
          resources: DEVICE_TO_SERVER.map((leaf) => arn("topic", ownTopic(p, leaf))),
        }),
        new iam.PolicyStatement({
          actions: ["iot:RetainPublish"],
          resources: RETAINED.map((leaf) => arn("topic", ownTopic(p, leaf))),
        }),
        new iam.PolicyStatement({
          actions: ["iot:Subscribe"],
          resources: SERVER_TO_DEVICE.map((leaf) => arn("topicfilter", ownTopic(p, leaf))),
        }),
        new iam.PolicyStatement({
          actions: ["iot:Receive"],
          resources: SERVER_TO_DEVICE.map((leaf) => arn("topic", ownTopic(p, leaf))),
        }),
      ],
    });

    this.appStatements = [
      new iam.PolicyStatement({
        actions: ["iot:Connect"],
        resources: APP_CLIENT_IDS.map((c) => arn("client", c)),
      }),
      new iam.PolicyStatement({
        actions: ["iot:Publish"],
        resources: [
          ...SERVER_TO_DEVICE.map((leaf) => arn("topic", anyDeviceTopic(p, leaf))),
          arn("topic", appLiveTopic(p)),
        ],
      }),
      new iam.PolicyStatement({
        actions: ["iot:Subscribe"],
        resources: [
          ...DEVICE_TO_SERVER.flatMap((leaf) => [
            arn("topicfilter", anyDeviceTopic(p, leaf)),
            arn("topicfilter", sharedFilter(props.shareName, p, leaf)),
          ]),
          arn("topicfilter", appLiveTopic(p)),
        ],
      }),
      new iam.PolicyStatement({
        actions: ["iot:Receive"],
        resources: [
          ...DEVICE_TO_SERVER.map((leaf) => arn("topic", anyDeviceTopic(p, leaf))),
          arn("topic", appLiveTopic(p)),
        ],
      }),
    ];

    this.devicePolicy = new iot.CfnPolicy(this, "DevicePolicy", {
      policyName: `${p}-device`,
      policyDocument: device,
    });
    this.appPolicy = new iot.CfnPolicy(this, "AppPolicy", {
      policyName: `${p}-app`,
      policyDocument: new iam.PolicyDocument({ statements: this.appStatements }),
    });
  }
}
