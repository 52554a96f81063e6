import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { findDeviceByAddress } from "@/server/db/device-addresses";
import { bearer, seedBuilding, seedToken } from "@/test/api-fixtures";
import { newBuildingId } from "@/test/fixtures";
import { callRoute, post, send } from "@/test/route-harness";
import * as one from "./[id]/route";
import * as list from "./route";

/** The registry API through the real route handlers, by API token (manager and staff), on DynamoDB Local. */
vi.mock("@/server/auth/auth", () => ({ auth: vi.fn(async () => null) }));

const b = newBuildingId();
await seedBuilding(b);
const manager = bearer((await seedToken(b, { role: "manager" })).secret);
const staff = bearer((await seedToken(b)).secret);
const name = () => `front_door_${randomUUID().slice(0, 8)}`;
const lock = (friendlyName: string) => ({
  name: "Unit 4B door",
  type: "lock",
  unitId: null,
  location: "4th floor",
  model: "Kwikset 916",
  protocol: "zigbee2mqtt",
  address: { baseTopic: "zigbee2mqtt", friendlyName },
});

describe("device registry API", () => {
  it("registers a Zigbee2MQTT lock (201), answers its protocol and address, and refuses the same address again (409 naming it)", async () => {
    const friendlyName = name();
    const created = await callRoute(list.POST, "/api/v1/devices", post(lock(friendlyName), manager));
    expect(created.status).toBe(201);
    expect(created.body.device).toMatchObject({
      protocol: "zigbee2mqtt",
      address: { baseTopic: "zigbee2mqtt", friendlyName },
      online: false,
    });
    const id = created.body.device.id;
    const got = await callRoute(one.GET, `/api/v1/devices/${id}`, { headers: manager, params: { id } });
    expect(got.body.device).toMatchObject({ protocol: "zigbee2mqtt", address: { friendlyName } });
    const listed = await callRoute(list.GET, "/api/v1/devices?type=lock", { headers: manager });
    expect(listed.body.items.find((d: { id: string }) => d.id === id)).toMatchObject({
      protocol: "zigbee2mqtt",
    });

    const again = await callRoute(list.POST, "/api/v1/devices", post(lock(friendlyName), manager));
    expect(again.status).toBe(409);
    expect(again.body.error.fields).toHaveProperty("address");
  });

  it("answers 422 naming the address field that does not fit the protocol (and a Z-Wave JS UI node is registered once)", async () => {
    const bad = await callRoute(
      list.POST,
      "/api/v1/devices",
      post({ ...lock("x"), protocol: "shelly", address: { topicPrefix: "a/b", switchId: -1 } }, manager),
    );
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(["address.switchId", "address.topicPrefix"]);
    const base = await callRoute(
      list.POST,
      "/api/v1/devices",
      post({ ...lock("x"), address: { baseTopic: "elsewhere", friendlyName: "x" } }, manager),
    );
    expect(base.status).toBe(422);
    expect(base.body.error.fields).toHaveProperty(["address.baseTopic"]);
    const zwave = {
      prefix: "zwave",
      gatewayName: "main",
      nodeId: 5,
      nodeName: `bike_${name()}`,
      endpoint: 0,
    };
    const outside = await callRoute(
      list.POST,
      "/api/v1/devices",
      post(
        { ...lock("x"), protocol: "zwave-js-ui", address: { ...zwave, prefix: "elsewhere", nodeId: 0 } },
        manager,
      ),
    );
    expect(outside.status).toBe(422);
    expect(Object.keys(outside.body.error.fields)).toEqual(["address.nodeId"]);
    const otherPrefix = await callRoute(
      list.POST,
      "/api/v1/devices",
      post({ ...lock("x"), protocol: "zwave-js-ui", address: { ...zwave, prefix: "elsewhere" } }, manager),
    );
    expect(otherPrefix.status).toBe(422);
    expect(otherPrefix.body.error.fields).toHaveProperty(["address.prefix"]);
    const zw = await callRoute(
      list.POST,
      "/api/v1/devices",
      post({ ...lock("x"), protocol: "zwave-js-ui", address: zwave }, manager),
    );
    expect(zw.status).toBe(201);
    expect(zw.body.device).toMatchObject({ protocol: "zwave-js-ui", address: zwave });
    const twice = await callRoute(
      list.POST,
      "/api/v1/devices",
      post({ ...lock("x"), protocol: "zwave-js-ui", address: zwave }, manager),
    );
    expect(twice.status).toBe(409);
  });

  it("re-addresses with PATCH (old address freed, new one claimed) and retires with DELETE (address freed); staff may not", async () => {
    const [first, second] = [name(), name()];
    const id = (await callRoute(list.POST, "/api/v1/devices", post(lock(first), manager))).body.device.id;
    const denied = await callRoute(one.PATCH, `/api/v1/devices/${id}`, {
      ...send("PATCH", { name: "Mine" }, staff),
      params: { id },
    });
    expect(denied.status).toBe(403);
    const moved = await callRoute(one.PATCH, `/api/v1/devices/${id}`, {
      ...send(
        "PATCH",
        { name: "4B door", address: { baseTopic: "zigbee2mqtt", friendlyName: second } },
        manager,
      ),
      params: { id },
    });
    expect(moved.status).toBe(200);
    expect(moved.body.device).toMatchObject({ name: "4B door", address: { friendlyName: second } });
    expect(await findDeviceByAddress(`zigbee2mqtt:zigbee2mqtt/${first}`)).toBeNull();
    expect(await findDeviceByAddress(`zigbee2mqtt:zigbee2mqtt/${second}`)).toMatchObject({ deviceId: id });

    const retired = await callRoute(one.DELETE, `/api/v1/devices/${id}`, {
      method: "DELETE",
      headers: manager,
      params: { id },
    });
    expect(retired.status).toBe(200);
    expect(retired.body.device.retiredAt).not.toBeNull();
    expect(await findDeviceByAddress(`zigbee2mqtt:zigbee2mqtt/${second}`)).toBeNull();
    // its replacement takes the address
    expect((await callRoute(list.POST, "/api/v1/devices", post(lock(second), manager))).status).toBe(201);
    const twice = await callRoute(one.DELETE, `/api/v1/devices/${id}`, {
      method: "DELETE",
      headers: manager,
      params: { id },
    });
    expect(twice.status).toBe(409);
  });
});
