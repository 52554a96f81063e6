import { describe, expect, it } from "vitest";
import type { BuildingConfig } from "@/lib/domain/building";
import type { Actor } from "@/lib/roles";
import { seedDevice } from "@/test/device-fixtures";
import { setDevicePort } from "../../agents/device-port";
import { decideStep, startMission } from "../../agents/director";
import { listCommandsByDevice } from "../../db/device-commands";
import { commandDevice } from "../devices/command-device";
import { seedTicketBuilding, ticketInput } from "../shared/test-fixtures";
import { addTicketPhotos } from "../tickets/add-ticket-photos";
import { commentOnTicket } from "../tickets/comment-on-ticket";
import { openTicket } from "../tickets/open-ticket";
import { featureEnabled, requireFeature } from "./require-feature";
import { updateBuildingConfig } from "./update-building-config";

/** Every switch of the building's settings is obeyed by the services, whoever asks: people, tokens, agents. */
const h = await seedTicketBuilding();
const lock = await seedDevice(h.b, { unitId: h.unit1.id, type: "lock" });
const token: Actor = { ...h.staff, kind: "token", id: "tok_test" };
const managerToken: Actor = { ...h.manager, kind: "token", id: "tok_mgr" };
const setFeatures = (features: Partial<BuildingConfig["features"]>) =>
  updateBuildingConfig(h.manager, { features });
const off = (message: RegExp) => ({ code: "forbidden", message: expect.stringMatching(message) });
const doorAccess = {
  kind: "door_access" as const,
  unitId: h.unit1.id,
  deviceId: lock.id,
  unitNumber: h.unit1.number,
  doorName: lock.name,
  visitor: "plumber",
  at: null,
};

describe("requireFeature", () => {
  it("follows a switch saved on this instance at once (the cached copy is forgotten)", async () => {
    expect(await featureEnabled(h.b, "maintenance")).toBe(true);
    await setFeatures({ maintenance: false });
    await expect(requireFeature(h.b, "maintenance")).rejects.toMatchObject(off(/Maintenance/));
    await setFeatures({ maintenance: true });
    await expect(requireFeature(h.b, "maintenance")).resolves.toBeUndefined();
  });
});

describe("features.deviceControl off", () => {
  it("refuses every command, from residents, staff, managers and API tokens, and sends nothing", async () => {
    await setFeatures({ deviceControl: false });
    try {
      for (const actor of [h.resident, h.staff, h.manager, token, managerToken]) {
        await expect(
          commandDevice(actor, { deviceId: lock.id, action: "unlock" }, { bridge: null }),
        ).rejects.toMatchObject(off(/Device control is switched off/));
      }
      expect((await listCommandsByDevice({ buildingId: h.b, deviceId: lock.id })).items).toEqual([]);
    } finally {
      await setFeatures({ deviceControl: true });
    }
  });

  it("a concierge mission's unlock is refused too, even once staff approve it", async () => {
    setDevicePort(undefined); // the real port: commandDevice with its checks
    const mission = await startMission(h.resident, doorAccess);
    expect(mission.status).toBe("awaiting_approval");
    await setFeatures({ deviceControl: false });
    try {
      const out = await decideStep(h.staff, {
        missionId: mission.id,
        stepId: mission.steps[0].id,
        decision: "approve",
      });
      expect(out.status).toBe("failed");
      expect(out.steps[0].error).toMatch(/Device control is switched off/);
      expect((await listCommandsByDevice({ buildingId: h.b, deviceId: lock.id })).items).toEqual([]);
    } finally {
      await setFeatures({ deviceControl: true });
    }
  });
});

describe("features.missions off", () => {
  it("starts no mission and approves no waiting step; declining still cancels it", async () => {
    const waiting = await startMission(h.resident, doorAccess);
    await setFeatures({ missions: false });
    try {
      await expect(startMission(h.resident, doorAccess)).rejects.toMatchObject(
        off(/Missions are switched off/),
      );
      const step = { missionId: waiting.id, stepId: waiting.steps[0].id };
      await expect(decideStep(h.staff, { ...step, decision: "approve" })).rejects.toMatchObject(
        off(/Missions are switched off/),
      );
      expect((await decideStep(h.staff, { ...step, decision: "decline" })).status).toBe("cancelled");
    } finally {
      await setFeatures({ missions: true });
    }
  });
});

describe("features.maintenance off", () => {
  it("opens no ticket and takes no comment or photo, from residents, staff or tokens", async () => {
    const ticket = await openTicket(h.resident, ticketInput({ unitId: h.unit1.id }));
    await setFeatures({ maintenance: false });
    try {
      for (const actor of [h.resident, h.staff, token]) {
        await expect(openTicket(actor, ticketInput({ unitId: h.unit1.id }))).rejects.toMatchObject(
          off(/Maintenance requests are switched off/),
        );
      }
      for (const actor of [h.resident, h.staff]) {
        await expect(commentOnTicket(actor, ticket.id, { comment: "still dripping" })).rejects.toMatchObject(
          off(/Maintenance requests are switched off/),
        );
      }
      await expect(
        addTicketPhotos(h.resident, ticket.id, { photoKeys: ["tickets/x.png"] }),
      ).rejects.toMatchObject(off(/Maintenance requests are switched off/));
    } finally {
      await setFeatures({ maintenance: true });
    }
  });
});
