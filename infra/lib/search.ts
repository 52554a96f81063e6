import { Stack } from "aws-cdk-lib";
import * as ec2 from "aws-cdk-lib/aws-ec2";
import * as iam from "aws-cdk-lib/aws-iam";
import * as aoss from "aws-cdk-lib/aws-opensearchserverless";
import { Construct } from "constructs";

/**
 * The concierge's vector index: an OpenSearch Serverless VECTORSEARCH collection, encrypted with an AWS-owned
 * key, reachable only through a VPC endpoint in the app's subnets, and readable and writable only by the app's
 * task role (the data access policy names that one principal).
 */
export class Search extends Construct {
  readonly collection: aoss.CfnCollection;
  readonly endpointSecurityGroup: ec2.SecurityGroup;
  private readonly name: string;
  private readonly stack: Stack;

  constructor(scope: Construct, id: string, props: { name: string; vpc: ec2.IVpc; redundancy: boolean }) {
    super(scope, id);
    this.name = props.name;
    this.stack = Stack.of(this);
    const resource = [`collection/${props.name}`];

    const encryption = new aoss.CfnSecurityPolicy(this, "Encryption", {
      name: `${props.name}-enc`,
      type: "encryption",
      policy: this.stack.toJsonString({
        Rules: [{ ResourceType: "collection", Resource: resource }],
        AWSOwnedKey: true,
      }),
    });

    this.endpointSecurityGroup = new ec2.SecurityGroup(this, "EndpointSg", {
      vpc: props.vpc,
      description: "OpenSearch Serverless endpoint: HTTPS from the app only",
      allowAllOutbound: false,
    });
    const endpoint = new aoss.CfnVpcEndpoint(this, "Endpoint", {
      name: `${props.name}-vpce`,
      vpcId: props.vpc.vpcId,
      subnetIds: props.vpc.selectSubnets({ subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS }).subnetIds,
      securityGroupIds: [this.endpointSecurityGroup.securityGroupId],
    });
    const network = new aoss.CfnSecurityPolicy(this, "Network", {
      name: `${props.name}-net`,
      type: "network",
      policy: this.stack.toJsonString([
        {
          Rules: [{ ResourceType: "collection", Resource: resource }],
          AllowFromPublic: false,
          SourceVPCEs: [endpoint.attrId],
        },
      ]),
    });

    this.collection = new aoss.CfnCollection(this, "Collection", {
      name: props.name,
      type: "VECTORSEARCH",
      standbyReplicas: props.redundancy ? "ENABLED" : "DISABLED",
      description: "BuildingOS concierge knowledge index",
    });
    this.collection.node.addDependency(encryption);
    this.collection.node.addDependency(network);
  }

  /** Gives one role (the app's) data access: the access policy and the IAM side, both on this collection only. */
  grantDataAccess(role: iam.IRole) {
    new aoss.CfnAccessPolicy(this, "DataAccess", {
      name: `${this.name}-data`,
      type: "data",
      policy: this.stack.toJsonString([
        {
          Rules: [
            {
              ResourceType: "collection",
              Resource: [`collection/${this.name}`],
              Permission: [
                "aoss:DescribeCollectionItems",
                "aoss:CreateCollectionItems",
                "aoss:UpdateCollectionItems",
              ],
            },
            {
              ResourceType: "index",
              Resource: [`index/${this.name}/*`],
              Permission: [
                "aoss:CreateIndex",
                "aoss:DescribeIndex",
                "aoss:UpdateIndex",
                "aoss:ReadDocument",
                "aoss:WriteDocument",
              ],
            },
          ],
          Principal: [role.roleArn],
        },
      ]),
    });
    role.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: ["aoss:APIAccessAll"], resources: [this.collection.attrArn] }),
    );
  }
}
