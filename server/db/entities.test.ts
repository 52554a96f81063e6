import { describe, expect, it } from "vitest";
import type { ApiToken } from "@/lib/domain/api-token";
import type { AuditEvent } from "@/lib/domain/audit-event";
import { type Building, buildingConfigSchema } from "@/lib/domain/building";
import type { Conversation, Message } from "@/lib/domain/conversation";
import { newId as ulid } from "@/lib/domain/ids";
import type { Mission } from "@/lib/domain/mission";
import { newBuildingId } from "@/test/fixtures";
import { createApiToken, findApiTokenByHash, revokeApiToken } from "./api-tokens";
import {
  appendAuditEvent,
  listAuditEvents,
  listAuditEventsByActor,
  listAuditEventsByTarget,
} from "./audit-events";
import { getBuilding, putBuilding, updateBuildingConfig } from "./buildings";
import { appendMessages, createConversation, listConversationsByUser, listMessages } from "./conversations";
import { createMission, listMissionsByRequester, listMissionsByStatus, saveMission } from "./missions";
import { createNotification, listNotifications, markNotificationRead } from "./notifications";
import { enqueueEmail, listOutboxEmails, markEmailSent } from "./outbox";

const b = newBuildingId();
const now = () => new Date().toISOString();

describe("buildings", () => {
  it("fills config defaults on read and replaces the config", async () => {
    const building: Building = {
      id: b,
      name: "Test Tower",
      address: { line1: "1 Test St", city: "Testville", postalCode: "00000", country: "US" },
      timezone: "America/New_York",
      locale: "en-US",
      currency: "USD",
      config: buildingConfigSchema.parse({}),
      createdAt: now(),
      updatedAt: now(),
    };
    // an older item without the newer sections still reads as a full config
    await putBuilding({ building: { ...building, config: { checkInTime: "14:00" } as Building["config"] } });
    const read = await getBuilding({ buildingId: b });
    expect(read.config.checkInTime).toBe("14:00");
    expect(read.config.doorCode.length).toBe(6);
    const updated = await updateBuildingConfig({ buildingId: b, config: { ...read.config, minNights: 2 } });
    expect(updated.config.minNights).toBe(2);
    await expect(getBuilding({ buildingId: "nope" })).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("conversations and messages", () => {
  it("appends messages and moves the conversation to the top of the user's list", async () => {
    const conv = (title: string): Conversation => ({
      id: ulid(),
      buildingId: b,
      userId: "u1",
      title,
      channel: "web",
      messageCount: 0,
      createdAt: "2026-01-01T00:00:00.000Z",
      updatedAt: "2026-01-01T00:00:00.000Z",
    });
    const older = await createConversation({ conversation: conv("older") });
    await createConversation({ conversation: conv("newer") });
    const msg = (text: string): Message => ({
      id: ulid(),
      conversationId: older.id,
      buildingId: b,
      role: "user",
      parts: [{ type: "text", text }],
      citations: [],
      missionId: null,
      createdAt: now(),
    });
    await appendMessages({ conversation: older, messages: [msg("hi"), msg("there")], title: "Greeting" });
    const list = await listConversationsByUser({ buildingId: b, userId: "u1" });
    expect(list.items.map((c) => c.title)).toEqual(["Greeting", "newer"]);
    expect(list.items[0].messageCount).toBe(2);
    const messages = await listMessages({ buildingId: b, conversationId: older.id });
    expect(messages.items.map((m) => m.parts[0].text)).toEqual(["hi", "there"]);
  });
});

describe("missions", () => {
  it("saves only over the version that was read and moves between status lists", async () => {
    const m: Mission = {
      id: ulid(),
      buildingId: b,
      goal: "Fix the tap",
      requestedBy: { kind: "user", id: "u1" },
      conversationId: null,
      status: "awaiting_approval",
      steps: [],
      createdAt: now(),
      updatedAt: "2026-01-01T00:00:00.000Z",
    };
    await createMission({ mission: m });
    expect((await listMissionsByStatus({ buildingId: b, status: "awaiting_approval" })).items).toHaveLength(
      1,
    );
    const saved = await saveMission({
      buildingId: b,
      missionId: m.id,
      status: "running",
      steps: [],
      expectedUpdatedAt: m.updatedAt,
    });
    await expect(
      saveMission({
        buildingId: b,
        missionId: m.id,
        status: "done",
        steps: [],
        expectedUpdatedAt: m.updatedAt,
      }),
    ).rejects.toMatchObject({ code: "conflict" });
    expect(saved.status).toBe("running");
    expect((await listMissionsByStatus({ buildingId: b, status: "awaiting_approval" })).items).toHaveLength(
      0,
    );
    expect(
      (await listMissionsByRequester({ buildingId: b, userId: "u1" })).items.map((x) => x.status),
    ).toEqual(["running"]);
  });
});

describe("api tokens, audit, notifications, outbox", () => {
  it("finds a token by hash until it is revoked", async () => {
    const token: ApiToken = {
      id: ulid(),
      buildingId: b,
      name: "CI",
      prefix: "bos_abcd",
      tokenHash: `hash-${b}-token`,
      role: "staff",
      createdBy: "m1",
      createdAt: now(),
      expiresAt: null,
      lastUsedAt: null,
      revokedAt: null,
    };
    await createApiToken({ token });
    expect((await findApiTokenByHash({ tokenHash: token.tokenHash }))?.id).toBe(token.id);
    await revokeApiToken({ buildingId: b, tokenId: token.id });
    expect(await findApiTokenByHash({ tokenHash: token.tokenHash })).toBeNull();
  });

  it("lists audit events newest first, by actor and by target type", async () => {
    const ev = (actorId: string, type: AuditEvent["target"]["type"]): AuditEvent => ({
      id: ulid(),
      buildingId: b,
      actor: { kind: "user", id: actorId },
      action: `${type}.change`,
      target: { type, id: "x" },
      result: "success",
      details: null,
      at: now(),
    });
    const first = await appendAuditEvent({ event: ev("a1", "device") });
    const second = await appendAuditEvent({ event: ev("a2", "building") });
    expect((await listAuditEvents({ buildingId: b })).items.map((e) => e.id)).toEqual([second.id, first.id]);
    expect((await listAuditEventsByActor({ buildingId: b, actorId: "a1" })).items.map((e) => e.id)).toEqual([
      first.id,
    ]);
    expect(
      (await listAuditEventsByTarget({ buildingId: b, targetType: "building", targetId: "x" })).items,
    ).toHaveLength(1);
  });

  it("keeps notifications per user and emails in the outbox", async () => {
    const id = ulid();
    await createNotification({
      notification: {
        id,
        buildingId: b,
        userId: "u9",
        kind: "ticket",
        title: "t",
        body: "b",
        href: null,
        readAt: null,
        createdAt: now(),
      },
    });
    expect((await listNotifications({ buildingId: b, userId: "u9", unreadOnly: true })).items).toHaveLength(
      1,
    );
    await markNotificationRead({ buildingId: b, userId: "u9", notificationId: id });
    expect((await listNotifications({ buildingId: b, userId: "u9", unreadOnly: true })).items).toHaveLength(
      0,
    );
    const emailId = ulid();
    await enqueueEmail({
      email: {
        id: emailId,
        buildingId: b,
        to: "a@test.example",
        subject: "s",
        text: "t",
        kind: "invitation",
        status: "pending",
        createdAt: now(),
        sentAt: null,
        error: null,
      },
    });
    expect((await listOutboxEmails({ buildingId: b, status: "pending" })).items).toHaveLength(1);
    await markEmailSent({ buildingId: b, emailId });
    expect((await listOutboxEmails({ buildingId: b, status: "pending" })).items).toHaveLength(0);
  });
});
