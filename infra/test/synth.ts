import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Template } from "aws-cdk-lib/assertions";
import type { CloudAssembly } from "aws-cdk-lib/cx-api";
import { buildApp } from "../lib/build-app";

/** Context the tests synthesise with: non-default values, so a test can tell they came from context. */
export const TEST_CONTEXT = {
  emailDomain: "mail.example.org",
  appDomain: "portal.example.org",
  idDocumentRetentionDays: "45",
  bedrockModelIds: '["anthropic.claude-3-5-haiku-20241022-v1:0","amazon.titan-embed-text-v2:0"]',
  mqttUrl: "mqtts://example-ats.iot.eu-west-1.amazonaws.com:8883",
};

let cached: { assembly: CloudAssembly; main: Template; registry: Template } | undefined;

/**
 * The cloud assembly (what `cdk synth` writes) and both stacks' templates, from one synthesis per test
 * process: synthesis takes seconds of CPU, so every test file shares it (test/all.test.ts imports them all).
 */
export function synthesised() {
  if (!cached) {
    const outdir = mkdtempSync(join(tmpdir(), "buildingos-cdk-"));
    process.on("exit", () => rmSync(outdir, { recursive: true, force: true }));
    const assembly = buildApp({ context: TEST_CONTEXT, outdir }).app.synth();
    cached = {
      assembly,
      main: Template.fromJSON(assembly.getStackByName("BuildingOS").template),
      registry: Template.fromJSON(assembly.getStackByName("BuildingOSRegistry").template),
    };
  }
  return cached;
}

export const templates = () => synthesised();

type Json = unknown;

/** A template value whose shape a test knows from the CloudFormation resource type it reads. */
// biome-ignore lint/suspicious/noExplicitAny: template JSON is untyped; each test asserts the shape it reads
export type Props = Record<string, any>;

/**
 * A template value as the string CloudFormation would make of it in one account and region, so ARNs built
 * with Fn::Join can be matched like IAM does. Other references stay visible as `{Ref:Id}` / `{Id.Attr}`.
 */
export function render(value: Json): string {
  if (typeof value === "string") return value;
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const o = value as Record<string, Json>;
    if ("Ref" in o) {
      const pseudo: Record<string, string> = {
        "AWS::Partition": "aws",
        "AWS::Region": "eu-west-1",
        "AWS::AccountId": "111122223333",
        "AWS::URLSuffix": "amazonaws.com",
      };
      return pseudo[o.Ref as string] ?? `{Ref:${o.Ref}}`;
    }
    if ("Fn::GetAtt" in o) return `{${(o["Fn::GetAtt"] as string[]).join(".")}}`;
    if ("Fn::Join" in o) {
      const [sep, parts] = o["Fn::Join"] as [string, Json[]];
      return parts.map(render).join(sep);
    }
  }
  return JSON.stringify(value);
}

export const asList = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

export type Statement = {
  Effect: string;
  Action: string | string[];
  Resource?: Json | Json[];
  Condition?: Json;
};

/** How IAM and IoT match a resource pattern: `*` any run of characters, `?` one character. */
export function arnMatches(pattern: string, arn: string): boolean {
  const re = pattern
    .replace(/[.+^${}()|[\]\\]/g, "\\$&")
    .replace(/\*/g, ".*")
    .replace(/\?/g, ".");
  return new RegExp(`^${re}$`).test(arn);
}
