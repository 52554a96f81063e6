import { Duration, RemovalPolicy, Stack } from "aws-cdk-lib";
import * as acm from "aws-cdk-lib/aws-certificatemanager";
import * as ec2 from "aws-cdk-lib/aws-ec2";
import type * as ecr from "aws-cdk-lib/aws-ecr";
import * as ecs from "aws-cdk-lib/aws-ecs";
import * as ecsPatterns from "aws-cdk-lib/aws-ecs-patterns";
import * as elbv2 from "aws-cdk-lib/aws-elasticloadbalancingv2";
import * as iam from "aws-cdk-lib/aws-iam";
import * as logs from "aws-cdk-lib/aws-logs";
import * as secretsmanager from "aws-cdk-lib/aws-secretsmanager";
import { Construct } from "constructs";

export const CONTAINER_PORT = 3000;
export const HEALTH_PATH = "/api/health";
export const STOP_TIMEOUT_SECONDS = 30;

/**
 * The Next.js app as a Fargate service behind an Application Load Balancer. The load balancer checks
 * /api/health (503 when DynamoDB, S3 or the broker is unreachable, so a broken instance leaves rotation).
 * AUTH_SECRET comes from Secrets Manager (generated here); every other setting is plain environment.
 * The task role starts empty: each part grants it exactly what the app uses of it.
 */
export class AppService extends Construct {
  readonly service: ecsPatterns.ApplicationLoadBalancedFargateService;
  readonly taskRole: iam.Role;
  readonly authSecret: secretsmanager.Secret;
  readonly origin: string;
  /** the app's container (other parts add their secrets to it) */
  readonly container: ecs.ContainerDefinition;

  constructor(
    scope: Construct,
    id: string,
    props: {
      vpc: ec2.IVpc;
      repository: ecr.IRepository;
      imageTag: string;
      desiredCount: number;
      appDomain: string;
      certificateArn?: string;
      environment: Record<string, string>;
    },
  ) {
    super(scope, id);
    this.taskRole = new iam.Role(this, "TaskRole", {
      assumedBy: new iam.ServicePrincipal("ecs-tasks.amazonaws.com"),
      description:
        "BuildingOS app: its table, bucket, collection, models, email identity and MQTT topics only",
    });
    this.authSecret = new secretsmanager.Secret(this, "AuthSecret", {
      description: "AUTH_SECRET: signs BuildingOS sessions and cursors",
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
    });
    const logGroup = new logs.LogGroup(this, "Logs", {
      retention: logs.RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const cluster = new ecs.Cluster(this, "Cluster", {
      vpc: props.vpc,
      containerInsightsV2: ecs.ContainerInsights.ENABLED,
    });
    const https = Boolean(props.certificateArn);

    this.service = new ecsPatterns.ApplicationLoadBalancedFargateService(this, "Service", {
      cluster,
      desiredCount: props.desiredCount,
      cpu: 1024,
      memoryLimitMiB: 2048,
      runtimePlatform: {
        cpuArchitecture: ecs.CpuArchitecture.X86_64,
        operatingSystemFamily: ecs.OperatingSystemFamily.LINUX,
      },
      publicLoadBalancer: true,
      taskSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
      circuitBreaker: { rollback: true },
      minHealthyPercent: 100,
      healthCheckGracePeriod: Duration.seconds(60),
      ...(https
        ? {
            protocol: elbv2.ApplicationProtocol.HTTPS,
            certificate: acm.Certificate.fromCertificateArn(
              this,
              "Certificate",
              props.certificateArn as string,
            ),
            redirectHTTP: true,
          }
        : {}),
      taskImageOptions: {
        image: ecs.ContainerImage.fromEcrRepository(props.repository, props.imageTag),
        containerName: "app",
        containerPort: CONTAINER_PORT,
        taskRole: this.taskRole,
        environment: props.environment,
        secrets: { AUTH_SECRET: ecs.Secret.fromSecretsManager(this.authSecret) },
        logDriver: ecs.LogDrivers.awsLogs({ streamPrefix: "app", logGroup }),
      },
    });
    // Graceful shutdown: the balancer drains the task (30 s), ECS sends SIGTERM, and SIGKILL only after
    // StopTimeout: time for in-flight commands to end and event batches to flush.
    const taskDef = this.service.taskDefinition.node.defaultChild as ecs.CfnTaskDefinition;
    taskDef.addPropertyOverride("ContainerDefinitions.0.StopTimeout", STOP_TIMEOUT_SECONDS);
    this.service.targetGroup.configureHealthCheck({
      path: HEALTH_PATH,
      healthyHttpCodes: "200",
      interval: Duration.seconds(15),
      timeout: Duration.seconds(5),
      healthyThresholdCount: 2,
      unhealthyThresholdCount: 3,
    });
    this.service.targetGroup.setAttribute("deregistration_delay.timeout_seconds", "30");
    // Sign-in throttling keys each client on its address (server/auth/rate-limit.ts): the balancer APPENDS the
    // address it received the connection from to X-Forwarded-For (the AWS default, written out here so nobody
    // switches it to `preserve`, which would pass the client's own header through unchecked), and the app reads
    // that right-most entry, one trusted hop.
    this.service.loadBalancer.setAttribute("routing.http.xff_header_processing.mode", "append");

    const dns = this.service.loadBalancer.loadBalancerDnsName;
    this.origin = props.appDomain ? `https://${props.appDomain}` : `${https ? "https" : "http"}://${dns}`;
    const container = this.service.taskDefinition.defaultContainer as ecs.ContainerDefinition;
    this.container = container;
    container.addEnvironment("APP_URL", this.origin);
    container.addEnvironment("AUTH_URL", this.origin);
    container.addEnvironment("AWS_REGION", Stack.of(this).region);
    container.addEnvironment("TRUSTED_PROXY_HOPS", "1");
  }

  /**
   * Lets the app's tasks reach a security group on HTTPS (the OpenSearch endpoint). A rule of its own, not inline
   * in either group: the service waits for the task role's policy, which names the collection behind that group.
   */
  allowHttpsTo(group: ec2.SecurityGroup) {
    new ec2.CfnSecurityGroupIngress(this, "HttpsToSearch", {
      groupId: group.securityGroupId,
      sourceSecurityGroupId: this.service.service.connections.securityGroups[0].securityGroupId,
      ipProtocol: "tcp",
      fromPort: 443,
      toPort: 443,
      description: "BuildingOS app tasks",
    });
  }
}
