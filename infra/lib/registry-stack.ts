import { RemovalPolicy, Stack, type StackProps } from "aws-cdk-lib";
import * as ecr from "aws-cdk-lib/aws-ecr";
import type { Construct } from "constructs";

/** The image registry, in its own stack so the image can be pushed before the service that runs it exists. */
export class RegistryStack extends Stack {
  readonly repository: ecr.Repository;

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    this.repository = new ecr.Repository(this, "Repository", {
      repositoryName: "buildingos",
      imageScanOnPush: true,
      imageTagMutability: ecr.TagMutability.MUTABLE,
      lifecycleRules: [{ description: "keep the last 20 images", maxImageCount: 20 }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }
}
