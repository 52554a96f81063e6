import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { asList, type Props, render, type Statement, templates } from "./synth";

type Resource = { Type: string; Properties: Props };

/** Every IAM statement in a template: managed and inline policies, role inline policies, IoT policies. */
function statementsOf(resources: Record<string, Resource>) {
  const out: { where: string; statement: Statement }[] = [];
  for (const [id, r] of Object.entries(resources)) {
    const docs =
      r.Type === "AWS::IAM::Policy" || r.Type === "AWS::IAM::ManagedPolicy" || r.Type === "AWS::IoT::Policy"
        ? [r.Properties.PolicyDocument]
        : r.Type === "AWS::IAM::Role"
          ? asList(r.Properties.Policies).map((p: Props) => p.PolicyDocument)
          : [];
    for (const doc of docs)
      for (const statement of asList<Statement>(doc.Statement)) out.push({ where: id, statement });
  }
  return out;
}

const all = () => {
  const { main, registry } = templates();
  return [
    ...statementsOf(main.toJSON().Resources as Record<string, Resource>),
    ...statementsOf(registry.toJSON().Resources as Record<string, Resource>),
  ];
};
const isWildcardAction = (a: string) => a === "*" || a.endsWith(":*");
const DATA_SERVICES = ["dynamodb", "s3", "aoss", "bedrock", "ses", "iot", "secretsmanager"];

describe("IAM", () => {
  it("no Allow statement uses a wildcard action", () => {
    const found = all().filter(
      ({ statement }) => statement.Effect === "Allow" && asList(statement.Action).some(isWildcardAction),
    );
    assert.deepEqual(
      found.map((f) => `${f.where}: ${asList(f.statement.Action).join(",")}`),
      [],
    );
  });

  it("no data action is allowed on every resource", () => {
    const found = all().filter(
      ({ statement }) =>
        statement.Effect === "Allow" &&
        asList(statement.Action).some((a) => DATA_SERVICES.includes(a.split(":")[0])) &&
        asList(statement.Resource).map(render).includes("*"),
    );
    assert.deepEqual(
      found.map((f) => `${f.where}: ${asList(f.statement.Action).join(",")}`),
      [],
    );
  });

  it("OpenSearch data access goes to one principal, the app's task role, with named permissions", () => {
    const policies = Object.values(templates().main.findResources("AWS::OpenSearchServerless::AccessPolicy"));
    assert.equal(policies.length, 1);
    const rules = JSON.parse(render(policies[0].Properties.Policy)) as {
      Rules: { Permission: string[] }[];
      Principal: string[];
    }[];
    assert.equal(rules.length, 1);
    assert.deepEqual(rules[0].Principal, ["{AppTaskRole9B4EA8ED.Arn}"]);
    for (const rule of rules[0].Rules)
      for (const perm of rule.Permission) assert.ok(!isWildcardAction(perm), perm);
  });

  it("the task role reaches its own table and indexes, never with Scan, and Bedrock only for the given models", () => {
    const role = all().filter((s) => s.where.startsWith("AppTaskRoleDefaultPolicy"));
    const dynamo = role.find((s) => asList(s.statement.Action).includes("dynamodb:Query"));
    assert.ok(dynamo);
    assert.ok(!asList(dynamo.statement.Action).includes("dynamodb:Scan"));
    for (const r of asList(dynamo.statement.Resource).map(render))
      assert.match(r, /^\{DataTable[0-9A-F]+\.Arn\}(\/index\/gsi[123])?$/);
    const bedrock = role.find((s) => asList(s.statement.Action).includes("bedrock:InvokeModel"));
    assert.deepEqual(asList(bedrock?.statement.Resource).map(render), [
      "arn:aws:bedrock:eu-west-1::foundation-model/anthropic.claude-3-5-haiku-20241022-v1:0",
      "arn:aws:bedrock:eu-west-1::foundation-model/amazon.titan-embed-text-v2:0",
    ]);
  });
});
