import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Match } from "aws-cdk-lib/assertions";
import { synthesised, TEST_CONTEXT, templates } from "./synth";

type Resource = { Type: string; DependsOn?: string | string[]; Properties?: unknown };

/** Logical ids a resource needs first: Ref, Fn::GetAtt, Fn::Sub names and DependsOn. */
function needs(r: Resource): Set<string> {
  const out = new Set<string>(Array.isArray(r.DependsOn) ? r.DependsOn : r.DependsOn ? [r.DependsOn] : []);
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") {
      for (const [k, x] of Object.entries(v)) {
        if (k === "Ref" && typeof x === "string" && !x.startsWith("AWS::")) out.add(x);
        else if (k === "Fn::GetAtt") out.add((x as string[])[0]);
        else if (k === "Fn::Sub" && typeof x === "string")
          for (const m of x.matchAll(/\$\{([^}.!]+)/g)) out.add(m[1]);
        else walk(x);
      }
    }
  };
  walk(r.Properties);
  return out;
}

/** A cycle CloudFormation would refuse to deploy, as a path of logical ids; undefined when there is none. */
function findCycle(resources: Record<string, Resource>): string[] | undefined {
  const state = new Map<string, "open" | "done">();
  const visit = (id: string, path: string[]): string[] | undefined => {
    if (state.get(id) === "done" || !resources[id]) return undefined;
    if (state.get(id) === "open") return [...path, id];
    state.set(id, "open");
    for (const next of needs(resources[id])) {
      const cycle = visit(next, [...path, id]);
      if (cycle) return cycle;
    }
    state.set(id, "done");
    return undefined;
  };
  for (const id of Object.keys(resources)) {
    const cycle = visit(id, []);
    if (cycle) return cycle;
  }
  return undefined;
}

describe("synthesis", () => {
  it("writes a cloud assembly with both stacks, without an AWS account", () => {
    const { assembly } = synthesised();
    assert.deepEqual(assembly.stacks.map((s) => s.stackName).sort(), ["BuildingOS", "BuildingOSRegistry"]);
    for (const s of assembly.stacks) {
      const errors = s.messages.filter((m) => m.level === "error");
      assert.deepEqual(errors, [], `${s.stackName} has no synthesis errors`);
      assert.equal(s.environment.account, "unknown-account", "environment-agnostic");
    }
  });

  it("has no circular dependency between resources", () => {
    assert.equal(findCycle(templates().main.toJSON().Resources), undefined);
  });
});

describe("app service", () => {
  const t = templates().main;

  it("sits behind a load balancer that checks /api/health", () => {
    t.hasResourceProperties("AWS::ElasticLoadBalancingV2::TargetGroup", {
      HealthCheckPath: "/api/health",
      Matcher: { HttpCode: "200" },
      TargetType: "ip",
    });
    t.hasResourceProperties("AWS::ECS::Service", {
      LaunchType: "FARGATE",
      DesiredCount: 2,
      LoadBalancers: [Match.objectLike({ ContainerName: "app", ContainerPort: 3000 })],
    });
  });

  it("appends the client's address to X-Forwarded-For, the one hop the app trusts for sign-in throttling", () => {
    t.hasResourceProperties("AWS::ElasticLoadBalancingV2::LoadBalancer", {
      LoadBalancerAttributes: Match.arrayWith([
        { Key: "routing.http.xff_header_processing.mode", Value: "append" },
      ]),
    });
    t.hasResourceProperties("AWS::ECS::TaskDefinition", {
      ContainerDefinitions: [
        Match.objectLike({ Environment: Match.arrayWith([{ Name: "TRUSTED_PROXY_HOPS", Value: "1" }]) }),
      ],
    });
  });

  it("takes AUTH_SECRET and INBOUND_EMAIL_SECRET from Secrets Manager, never as plain environment", () => {
    const [def] = Object.values(t.findResources("AWS::ECS::TaskDefinition")) as {
      Properties: {
        ContainerDefinitions: { Environment: { Name: string }[]; Secrets: { Name: string }[] }[];
      };
    }[];
    const [container] = def.Properties.ContainerDefinitions;
    assert.deepEqual(
      container.Secrets.map((s) => s.Name),
      ["AUTH_SECRET", "INBOUND_EMAIL_SECRET"],
    );
    assert.ok(!container.Environment.some((e) => /SECRET|PASSWORD/.test(e.Name)));
    t.hasResourceProperties("AWS::ECS::TaskDefinition", {
      ContainerDefinitions: [
        Match.objectLike({
          Secrets: [
            { Name: "AUTH_SECRET", ValueFrom: { Ref: Match.stringLikeRegexp("^AppAuthSecret") } },
            {
              Name: "INBOUND_EMAIL_SECRET",
              ValueFrom: { Ref: Match.stringLikeRegexp("^InboundEmailSecret") },
            },
          ],
          StopTimeout: 30,
          PortMappings: [Match.objectLike({ ContainerPort: 3000 })],
        }),
      ],
    });
  });

  it("tells the app where each real service is", () => {
    const [def] = Object.values(t.findResources("AWS::ECS::TaskDefinition")) as {
      Properties: { ContainerDefinitions: { Environment: { Name: string; Value: unknown }[] }[] };
    }[];
    const names = def.Properties.ContainerDefinitions[0].Environment.map((e) => e.Name);
    for (const name of [
      "DYNAMODB_TABLE",
      "S3_BUCKET",
      "MQTT_URL",
      "MQTT_TOPIC_PREFIX",
      "OPENSEARCH_URL",
      "AI_PROVIDER",
      "EMAIL_TRANSPORT",
      "EMAIL_FROM",
      "APP_URL",
      "AUTH_URL",
      "AWS_REGION",
      "NODE_ENV",
    ]) {
      assert.ok(names.includes(name), name);
    }
    const env = Object.fromEntries(
      def.Properties.ContainerDefinitions[0].Environment.map((e) => [e.Name, e.Value]),
    );
    // the search collection is Serverless: signing for `es` would be refused
    assert.equal(env.OPENSEARCH_SERVICE, "aoss");
    for (const unwanted of ["DYNAMODB_ENDPOINT", "S3_ENDPOINT"])
      assert.ok(!names.includes(unwanted), unwanted);
  });

  it("creates a VECTORSEARCH collection after its encryption and network policies", () => {
    const collections = t.findResources("AWS::OpenSearchServerless::Collection");
    const [[id, collection]] = Object.entries(collections) as [string, Resource & { DependsOn: string[] }][];
    assert.equal((collection.Properties as { Type: string }).Type, "VECTORSEARCH");
    assert.equal((collection.Properties as { StandbyReplicas: string }).StandbyReplicas, "ENABLED");
    const policies = t.findResources("AWS::OpenSearchServerless::SecurityPolicy");
    const types = Object.values(policies)
      .map((p) => p.Properties.Type)
      .sort();
    assert.deepEqual(types, ["encryption", "network"]);
    for (const policyId of Object.keys(policies))
      assert.ok(collection.DependsOn.includes(policyId), `${id} after ${policyId}`);
  });

  it("has a verified-sending email identity for the configured domain", () => {
    t.hasResourceProperties("AWS::SES::EmailIdentity", { EmailIdentity: TEST_CONTEXT.emailDomain });
  });
});
