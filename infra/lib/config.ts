import type { Node } from "constructs";

/**
 * Deployment settings, read from CDK context (`-c key=value` on the command line, or `context` in cdk.json) so the app
 * synthesises without an AWS account and the same template serves every environment. The defaults below are
 * the whole list of settings (docs/deploy.md explains each).
 */
export type InfraConfig = {
  /** Public origin of the app (https://portal.example.com); empty = the load balancer's own DNS name over http. */
  appDomain: string;
  /** ACM certificate for appDomain; with it the load balancer serves HTTPS and redirects HTTP. */
  certificateArn: string;
  /** Domain of the SES sending identity (EMAIL_FROM must be an address in it). */
  emailDomain: string;
  /**
   * Domain guests reply to (EMAIL_REPLY_ADDRESS becomes `stays@{replyDomain}`; SES receives it and the relay posts
   * each message to the app). Empty = `reply.{emailDomain}`.
   */
  replyDomain: string;
  /** MQTT_TOPIC_PREFIX of the app and the devices. */
  mqttTopicPrefix: string;
  /** Share name of the app's MQTT shared subscriptions (`$share/{name}/…`). */
  mqttShareName: string;
  /** MQTT_URL of the app: the account's IoT data endpoint (`aws iot describe-endpoint --endpoint-type iot:Data-ATS`). */
  mqttUrl: string;
  /** Days after upload that an ID document is deleted (see docs/deploy.md: S3 cannot know the check-out). */
  idDocumentRetentionDays: number;
  /** Bedrock model ids the app may invoke, and nothing else. */
  bedrockModelIds: string[];
  /** OpenSearch Serverless standby replicas (production redundancy); false halves the collection's minimum cost. */
  searchRedundancy: boolean;
  /** Tag of the app image in the registry stack's ECR repository. */
  imageTag: string;
  desiredCount: number;
  natGateways: number;
  /** Extra plain environment for the container (e.g. the concierge's model settings): JSON object of strings. */
  extraEnvironment: Record<string, string>;
};

const DEFAULTS: InfraConfig = {
  appDomain: "",
  certificateArn: "",
  emailDomain: "buildingos.example",
  replyDomain: "",
  mqttTopicPrefix: "buildingos",
  mqttShareName: "buildingos",
  mqttUrl: "",
  idDocumentRetentionDays: 30,
  bedrockModelIds: ["anthropic.claude-3-5-haiku-20241022-v1:0", "amazon.titan-embed-text-v2:0"],
  searchRedundancy: true,
  imageTag: "latest",
  desiredCount: 2,
  natGateways: 1,
  extraEnvironment: {},
};

/** `-c` values arrive as strings; cdk.json values as JSON. Accept both. */
function parsed(value: unknown): unknown {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

export function readConfig(node: Node): InfraConfig {
  const get = <K extends keyof InfraConfig>(key: K): InfraConfig[K] => {
    const raw = node.tryGetContext(key);
    return raw === undefined ? DEFAULTS[key] : (parsed(raw) as InfraConfig[K]);
  };
  const config: InfraConfig = {
    appDomain: String(get("appDomain") ?? ""),
    certificateArn: String(get("certificateArn") ?? ""),
    emailDomain: String(get("emailDomain")),
    replyDomain: String(get("replyDomain") ?? "") || `reply.${String(get("emailDomain"))}`,
    mqttTopicPrefix: String(get("mqttTopicPrefix")),
    mqttShareName: String(get("mqttShareName")),
    mqttUrl: String(get("mqttUrl") ?? ""),
    idDocumentRetentionDays: Number(get("idDocumentRetentionDays")),
    bedrockModelIds: get("bedrockModelIds"),
    searchRedundancy: get("searchRedundancy") !== false,
    imageTag: String(get("imageTag")),
    desiredCount: Number(get("desiredCount")),
    natGateways: Number(get("natGateways")),
    extraEnvironment: get("extraEnvironment"),
  };
  if (!Number.isInteger(config.idDocumentRetentionDays) || config.idDocumentRetentionDays < 1) {
    throw new Error("idDocumentRetentionDays must be a whole number of days, at least 1");
  }
  if (!Array.isArray(config.bedrockModelIds) || config.bedrockModelIds.some((id) => !/^[\w.:-]+$/.test(id))) {
    throw new Error("bedrockModelIds must be a list of model ids (no wildcards)");
  }
  if (!/^([a-z0-9-]+\.)+[a-z]{2,}$/i.test(config.replyDomain)) {
    throw new Error("replyDomain must be a domain name (e.g. reply.example.com)");
  }
  if (/[#+*/$]/.test(config.mqttTopicPrefix) || /[#+*/$]/.test(config.mqttShareName)) {
    throw new Error("mqttTopicPrefix and mqttShareName must be single topic levels without wildcards");
  }
  return config;
}
