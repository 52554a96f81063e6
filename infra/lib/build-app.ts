import { App, type AppProps } from "aws-cdk-lib";
import { BuildingOSStack } from "./buildingos-stack";
import { readConfig } from "./config";
import { RegistryStack } from "./registry-stack";

/**
 * The whole app: the registry stack and the BuildingOS stack. Environment-agnostic unless CDK_DEFAULT_ACCOUNT
 * and CDK_DEFAULT_REGION are set (the CLI sets them from your credentials), so synth needs no AWS account.
 */
export function buildApp(props?: AppProps) {
  const app = new App(props);
  const account = process.env.CDK_DEFAULT_ACCOUNT;
  const region = process.env.CDK_DEFAULT_REGION;
  const env = account && region ? { account, region } : undefined;
  const config = readConfig(app.node);
  const registry = new RegistryStack(app, "BuildingOSRegistry", { env });
  const main = new BuildingOSStack(app, "BuildingOS", { env, config, repository: registry.repository });
  return { app, registry, main };
}
