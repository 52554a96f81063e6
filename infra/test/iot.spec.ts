import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DEVICE_TO_SERVER, SERVER_TO_DEVICE, THING_BUILDING, THING_NAME } from "../lib/mqtt-topics";
import { arnMatches, asList, render, type Statement, templates } from "./synth";

const policies = templates().main.findResources("AWS::IoT::Policy") as Record<
  string,
  { Properties: { PolicyName: string; PolicyDocument: { Statement: Statement[] } } }
>;
const policy = (name: string) => {
  const found = Object.values(policies).find((p) => p.Properties.PolicyName === name);
  assert.ok(found, `IoT policy ${name}`);
  return found.Properties.PolicyDocument.Statement;
};

const ARN = "arn:aws:iot:eu-west-1:111122223333";
/** The device policy as IoT evaluates it for one connected thing: policy variables replaced by its values. */
const forThing = (statements: Statement[], thing: string, building: string) =>
  statements.map((s) => ({
    ...s,
    resources: asList(s.Resource)
      .map(render)
      .map((r) => r.replaceAll(THING_NAME, thing).replaceAll(THING_BUILDING, building)),
  }));
const allows = (statements: ReturnType<typeof forThing>, action: string, arn: string) =>
  statements.some(
    (s) =>
      s.Effect === "Allow" &&
      asList(s.Action).includes(action) &&
      s.resources.some((r) => arnMatches(r, arn)),
  );
const topic = (b: string, d: string, leaf: string) => `${ARN}:topic/buildingos/${b}/devices/${d}/${leaf}`;
const filter = (b: string, d: string, leaf: string) =>
  `${ARN}:topicfilter/buildingos/${b}/devices/${d}/${leaf}`;

describe("IoT device policy", () => {
  const statements = policy("buildingos-device");

  it("names every topic and client through the thing's own name, with no wildcard", () => {
    for (const s of statements) {
      for (const r of asList(s.Resource).map(render)) {
        assert.ok(r.startsWith(`${ARN}:`), r);
        assert.equal(r.split(THING_NAME).length - 1, 1, `${r} names the thing exactly once`);
        assert.ok(
          !/[*?+#]/.test(r.replaceAll(THING_NAME, "").replaceAll(THING_BUILDING, "")),
          `${r} has a wildcard`,
        );
        if (/:topic(filter)?\//.test(r)) {
          assert.ok(
            r.includes(`/${THING_BUILDING}/devices/${THING_NAME}/`),
            `${r} is under the thing's building`,
          );
        }
      }
    }
  });

  it("connects only as itself, and only with a certificate attached to that thing", () => {
    const connect = statements.find((s) => asList(s.Action).includes("iot:Connect"));
    assert.deepEqual(asList(connect?.Resource).map(render), [`${ARN}:client/${THING_NAME}`]);
    assert.deepEqual(connect?.Condition, { Bool: { "iot:Connection.Thing.IsAttached": "true" } });
  });

  it("lets a device use its own topics of the contract and no other device's", () => {
    const mine = forThing(statements, "dev_A", "bld_1");
    for (const leaf of DEVICE_TO_SERVER) {
      assert.ok(allows(mine, "iot:Publish", topic("bld_1", "dev_A", leaf)), `publish own ${leaf}`);
      assert.ok(!allows(mine, "iot:Publish", topic("bld_1", "dev_B", leaf)), `publish dev_B ${leaf}`);
      assert.ok(
        !allows(mine, "iot:Publish", topic("bld_2", "dev_A", leaf)),
        `publish as dev_A in bld_2 ${leaf}`,
      );
      assert.ok(!allows(mine, "iot:Subscribe", filter("bld_1", "dev_A", leaf)), `subscribe ${leaf}`);
      assert.ok(!allows(mine, "iot:Receive", topic("bld_1", "dev_B", leaf)), `receive dev_B ${leaf}`);
    }
    for (const leaf of SERVER_TO_DEVICE) {
      assert.ok(allows(mine, "iot:Subscribe", filter("bld_1", "dev_A", leaf)));
      assert.ok(allows(mine, "iot:Receive", topic("bld_1", "dev_A", leaf)));
      assert.ok(!allows(mine, "iot:Subscribe", filter("bld_1", "dev_B", leaf)));
      assert.ok(!allows(mine, "iot:Subscribe", filter("bld_1", "+", leaf)));
      assert.ok(!allows(mine, "iot:Subscribe", `${ARN}:topicfilter/buildingos/#`));
      assert.ok(!allows(mine, "iot:Receive", topic("bld_1", "dev_B", leaf)));
      assert.ok(
        !allows(mine, "iot:Publish", topic("bld_1", "dev_A", leaf)),
        "a device cannot command itself",
      );
    }
    assert.ok(allows(mine, "iot:Connect", `${ARN}:client/dev_A`));
    assert.ok(!allows(mine, "iot:Connect", `${ARN}:client/dev_B`));
  });

  it("cannot reach the app's own live topic", () => {
    const mine = forThing(statements, "dev_A", "bld_1");
    assert.ok(!allows(mine, "iot:Publish", `${ARN}:topic/buildingos/bld_1/app/live`), "forge a live update");
    assert.ok(!allows(mine, "iot:Subscribe", `${ARN}:topicfilter/buildingos/bld_1/app/live`));
    assert.ok(!allows(mine, "iot:Receive", `${ARN}:topic/buildingos/bld_1/app/live`));
  });

  it("may retain its availability (its last will) and state", () => {
    const mine = forThing(statements, "dev_A", "bld_1");
    assert.ok(allows(mine, "iot:RetainPublish", topic("bld_1", "dev_A", "availability")));
    assert.ok(allows(mine, "iot:RetainPublish", topic("bld_1", "dev_A", "state")));
    assert.ok(!allows(mine, "iot:RetainPublish", topic("bld_1", "dev_A", "events")));
  });
});

describe("IoT app policy", () => {
  const app = forThing(policy("buildingos-app"), "-", "-");

  it("commands any building's devices and reads what they send, also as a shared subscription", () => {
    for (const leaf of DEVICE_TO_SERVER) {
      assert.ok(allows(app, "iot:Subscribe", filter("+", "+", leaf)));
      assert.ok(
        allows(app, "iot:Subscribe", `${ARN}:topicfilter/$share/buildingos/buildingos/+/devices/+/${leaf}`),
      );
      assert.ok(allows(app, "iot:Receive", topic("bld_1", "dev_A", leaf)));
      assert.ok(!allows(app, "iot:Publish", topic("bld_1", "dev_A", leaf)), `the app cannot forge ${leaf}`);
    }
    assert.ok(allows(app, "iot:Publish", topic("bld_1", "dev_A", "commands")));
  });

  it("passes live updates between its instances on its own topic", () => {
    assert.ok(allows(app, "iot:Publish", `${ARN}:topic/buildingos/bld_1/app/live`));
    assert.ok(allows(app, "iot:Subscribe", `${ARN}:topicfilter/buildingos/+/app/live`));
    assert.ok(allows(app, "iot:Receive", `${ARN}:topic/buildingos/bld_1/app/live`));
    assert.ok(!allows(app, "iot:Publish", `${ARN}:topic/buildingos/bld_1/app/other`));
  });

  it("connects only with the app's client ids, never as a device", () => {
    assert.ok(allows(app, "iot:Connect", `${ARN}:client/buildingos-app-1`));
    assert.ok(!allows(app, "iot:Connect", `${ARN}:client/dev_A`));
  });

  it("stays inside the topic prefix", () => {
    assert.ok(!allows(app, "iot:Subscribe", `${ARN}:topicfilter/#`));
    assert.ok(!allows(app, "iot:Publish", `${ARN}:topic/other/bld_1/devices/dev_A/commands`));
  });
});
