import { afterAll, describe, expect, it, vi } from "vitest";
import * as uploads from "@/app/api/v1/uploads/route";
import { errorBodySchema } from "@/server/http/openapi/errors";
import { imageBytes, postForm, seedTicketBuilding } from "@/server/services/shared/test-fixtures";
import { bearer, seedToken } from "@/test/api-fixtures";
import { callRoute, documented, send, signInAs } from "@/test/route-harness";
import { type RunningS3, startS3 } from "../../../../scripts/stack/s3";
import * as comments from "./[id]/comments/route";
import * as photos from "./[id]/photos/route";
import * as one from "./[id]/route";
import * as tickets from "./route";

/** The ticket API end to end through the real route handlers: residents by session (Auth.js stubbed), staff by token. */
vi.mock("@/server/auth/auth", () => ({ auth: vi.fn(async () => null) }));

// The config is read once, on first use: point it at the emulator before anything touches it.
const bucket = "tickets-api-test";
const emulator: RunningS3 = await startS3({ bucket });
process.env.S3_ENDPOINT = emulator.endpoint;
process.env.S3_BUCKET = bucket;
afterAll(() => emulator.stop());

const a = await seedTicketBuilding();
const b = await seedTicketBuilding();
const staffA = await seedToken(a.b, { role: "staff" });
const staffB = await seedToken(b.b, { role: "manager" });
const as = (actor: { id: string; buildingId: string }) => signInAs(actor);

describe("tickets API: a resident's ticket with a photo, worked by staff", () => {
  it("presigns, uploads, opens, assigns, resolves, and shows the history to the resident", async () => {
    as(a.resident);
    const up = await callRoute(
      uploads.POST,
      "/api/v1/uploads",
      send("POST", { purpose: "ticket_photo", contentType: "image/png", size: 2048 }),
    );
    expect(up.res.status).toBe(201);
    documented("post", "/api/v1/uploads", 201)?.parse(up.body);
    expect((await postForm(up.body.upload, imageBytes("png", 2048), "image/png")).status).toBeLessThan(300);

    const input = {
      title: "Leak under the sink",
      description: "Since this morning",
      category: "plumbing",
      priority: "high",
      unitId: a.unit1.id,
      photoKeys: [up.body.upload.key],
    };
    const opened = await callRoute(tickets.POST, "/api/v1/tickets", send("POST", input));
    expect(opened.res.status).toBe(201);
    documented("post", "/api/v1/tickets", 201)?.parse(opened.body);
    const id = opened.body.ticket.id as string;
    expect(opened.body.ticket.photos).toHaveLength(1);

    const patch = send("PATCH", { assigneeId: a.staff.id, status: "in_progress" }, bearer(staffA.secret));
    const worked = await callRoute(one.PATCH, `/api/v1/tickets/${id}`, { ...patch, params: { id } });
    expect(worked.res.status).toBe(200);
    documented("patch", "/api/v1/tickets/{id}", 200)?.parse(worked.body);
    const resolve = send("PATCH", { status: "resolved" }, bearer(staffA.secret));
    expect(
      (await callRoute(one.PATCH, `/api/v1/tickets/${id}`, { ...resolve, params: { id } })).body.ticket
        .status,
    ).toBe("resolved");

    as(a.resident);
    const said = await callRoute(comments.POST, `/api/v1/tickets/${id}/comments`, {
      ...send("POST", { comment: "Thanks!" }),
      params: { id },
    });
    expect(said.res.status).toBe(201);
    documented("post", "/api/v1/tickets/{id}/comments", 201)?.parse(said.body);
    const seen = await callRoute(one.GET, `/api/v1/tickets/${id}`, { params: { id } });
    documented("get", "/api/v1/tickets/{id}", 200)?.parse(seen.body);
    expect(seen.body.history.map((e: { kind: string; to: string | null }) => [e.kind, e.to])).toEqual([
      ["created", "open"],
      ["status_changed", "in_progress"],
      ["assigned", a.staff.id],
      ["status_changed", "resolved"],
      ["comment", null],
    ]);
    expect(seen.body.ticket).toMatchObject({ status: "resolved", assigneeId: a.staff.id });
    expect(seen.body.people[a.staff.id]).toBe(a.staff.name);
    const mine = await callRoute(tickets.GET, "/api/v1/tickets");
    documented("get", "/api/v1/tickets", 200)?.parse(mine.body);
    expect(mine.body.items.map((t: { id: string }) => t.id)).toContain(id);
  });
});

describe("tickets API refusals", () => {
  async function residentTicket() {
    as(a.resident);
    const input = {
      title: "Door sticks",
      description: "",
      category: "other",
      priority: "low",
      unitId: a.unit1.id,
    };
    const { body } = await callRoute(tickets.POST, "/api/v1/tickets", send("POST", input));
    return body.ticket.id as string;
  }

  it("keeps another resident from reading, changing, commenting on or adding photos to a ticket", async () => {
    const id = await residentTicket();
    as(a.resident2);
    const read = await callRoute(one.GET, `/api/v1/tickets/${id}`, { params: { id } });
    expect(read.res.status).toBe(404);
    errorBodySchema.parse(read.body);
    const change = await callRoute(one.PATCH, `/api/v1/tickets/${id}`, {
      ...send("PATCH", { status: "closed", reason: "x" }),
      params: { id },
    });
    expect(change.res.status).toBe(403);
    const comment = await callRoute(comments.POST, `/api/v1/tickets/${id}/comments`, {
      ...send("POST", { comment: "mine now" }),
      params: { id },
    });
    expect(comment.res.status).toBe(404);
    const photo = await callRoute(photos.POST, `/api/v1/tickets/${id}/photos`, {
      ...send("POST", { photoKeys: ["buildings/x/tickets/y.png"] }),
      params: { id },
    });
    expect(photo.res.status).toBe(404);
    const list = await callRoute(tickets.GET, "/api/v1/tickets?limit=200");
    expect(list.body.items.map((t: { id: string }) => t.id)).not.toContain(id);
    // and the opener cannot manage it either
    as(a.resident);
    const own = await callRoute(one.PATCH, `/api/v1/tickets/${id}`, {
      ...send("PATCH", { priority: "urgent" }),
      params: { id },
    });
    expect(own.res.status).toBe(403);
  });

  it("never crosses buildings, even for a manager token", async () => {
    const id = await residentTicket();
    const headers = bearer(staffB.secret);
    expect((await callRoute(one.GET, `/api/v1/tickets/${id}`, { headers, params: { id } })).res.status).toBe(
      404,
    );
    const change = send("PATCH", { status: "in_progress" }, headers);
    expect(
      (await callRoute(one.PATCH, `/api/v1/tickets/${id}`, { ...change, params: { id } })).res.status,
    ).toBe(404);
    const comment = send("POST", { comment: "hello" }, headers);
    expect(
      (await callRoute(comments.POST, `/api/v1/tickets/${id}/comments`, { ...comment, params: { id } })).res
        .status,
    ).toBe(404);
    const list = await callRoute(tickets.GET, "/api/v1/tickets?limit=200", { headers });
    expect(list.body.items.map((t: { id: string }) => t.id)).not.toContain(id);
    // opening a ticket for the other building's unit names the unit as unknown
    const elsewhere = {
      title: "Sneaky",
      description: "",
      category: "other",
      priority: "low",
      unitId: a.unit1.id,
    };
    const made = await callRoute(tickets.POST, "/api/v1/tickets", send("POST", elsewhere, headers));
    expect(made.res.status).toBe(422);
    expect(made.body.error.fields).toHaveProperty("unitId");
  });

  it("answers bad input with 422 naming the field (400 for malformed JSON)", async () => {
    const id = await residentTicket();
    const headers = bearer(staffA.secret);
    const expect422 = async (pending: ReturnType<typeof callRoute>, fields: string[]) => {
      const { res, body } = await pending;
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(Object.keys(errorBodySchema.parse(body).error.fields ?? {})).toEqual(
        expect.arrayContaining(fields),
      );
    };
    const patch = (body: unknown) =>
      callRoute(one.PATCH, `/api/v1/tickets/${id}`, { ...send("PATCH", body, headers), params: { id } });
    const badTicket = { title: "x", description: "", category: "roof" };
    await expect422(callRoute(tickets.POST, "/api/v1/tickets", send("POST", badTicket, headers)), [
      "title",
      "category",
    ]);
    await expect422(callRoute(tickets.GET, "/api/v1/tickets?priority=meh&overdue=maybe", { headers }), [
      "priority",
      "overdue",
    ]);
    await expect422(patch({ status: "done" }), ["status"]);
    await expect422(patch({ status: "waiting" }), ["reason"]);
    expect((await patch({ status: "closed", reason: "Duplicate" })).res.status).toBe(200);
    await expect422(patch({ status: "in_progress" }), ["status"]);
    const blank = { ...send("POST", { comment: "  " }, headers), params: { id } };
    await expect422(callRoute(comments.POST, `/api/v1/tickets/${id}/comments`, blank), ["comment"]);
    const gif = { purpose: "ticket_photo", contentType: "image/gif", size: 9e6 };
    await expect422(callRoute(uploads.POST, "/api/v1/uploads", send("POST", gif, headers)), [
      "contentType",
      "size",
    ]);
    await expect422(callRoute(one.GET, "/api/v1/tickets/x", { headers, params: { id: "not an id" } }), [
      "id",
    ]);
    const garbled = await callRoute(tickets.POST, "/api/v1/tickets", send("POST", "{nope", headers));
    expect(garbled.res.status).toBe(400);
    signInAs(null);
    expect((await callRoute(tickets.GET, "/api/v1/tickets")).res.status).toBe(401);
  });
});
