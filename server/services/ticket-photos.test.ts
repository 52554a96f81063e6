import { afterAll, describe, expect, it } from "vitest";
import { type RunningS3, startS3 } from "../../scripts/stack/s3";
import { listTicketsByOpener } from "../db/tickets";
import { addTicketPhotos } from "./add-ticket-photos";
import { createUploadForActor } from "./create-upload";
import { getTicketForActor } from "./get-ticket";
import { openTicket } from "./open-ticket";
import { imageBytes, postForm, putRaw, seedTicketBuilding, ticketInput } from "./ticket-test-fixtures";

const bucket = "ticket-photos-test";
// Before anything reads the config (it is parsed once, on first use): the seeding below does.
const emulator: RunningS3 = await startS3({ bucket });
process.env.S3_ENDPOINT = emulator.endpoint;
process.env.S3_BUCKET = bucket;
afterAll(async () => {
  await emulator?.stop();
});

const h = await seedTicketBuilding();
type Who = typeof h.resident;

/** Presign as `who`, then upload `body` through the form (the emulator does not enforce the policy). */
async function upload(who: Who, body: Buffer, contentType = "image/png") {
  const up = await createUploadForActor(who, {
    purpose: "ticket_photo",
    contentType: "image/png",
    size: 2048,
  });
  if (contentType !== "image/png") {
    // a client that ignores the policy: the same key, another declared type
    await putRaw(emulator.endpoint, bucket, up.key, body, contentType, who.id);
  } else {
    expect((await postForm(up, body, contentType)).status).toBeLessThan(300);
  }
  return up.key;
}

describe("ticket photos", () => {
  it("attaches a verified photo and hands it out only as a short-lived signed link", async () => {
    const key = await upload(h.resident, imageBytes("png", 4096));
    const t = await openTicket(h.resident, ticketInput({ photoKeys: [key] }));
    expect(t.photoKeys).toEqual([key]);
    const url = new URL(t.photos[0]?.url ?? "");
    expect(url.searchParams.get("X-Amz-Expires")).toBe("300");
    expect(url.searchParams.get("X-Amz-Signature")).toBeTruthy();
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect((await res.arrayBuffer()).byteLength).toBe(4096);
  });

  it("opens no ticket when one photo is too large or of the wrong type, naming the entry", async () => {
    const good = await upload(h.resident2, imageBytes("png"));
    const huge = await upload(h.resident2, imageBytes("png", 8 * 1024 * 1024 + 1));
    const html = await upload(h.resident2, imageBytes("text"), "text/html");
    await expect(
      openTicket(h.resident2, ticketInput({ title: "Broken window", photoKeys: [good, huge, html] })),
    ).rejects.toMatchObject({
      code: "validation",
      fields: { "photoKeys.1": expect.any(Array), "photoKeys.2": expect.any(Array) },
    });
    const mine = await listTicketsByOpener({ buildingId: h.b, userId: h.resident2.id });
    expect(mine.items).toEqual([]);
  });

  it("adds photos to an existing ticket only after verification, with a history entry each", async () => {
    const t = await openTicket(h.resident, ticketInput());
    const bad = await upload(h.resident, imageBytes("text"), "image/jpeg");
    await expect(addTicketPhotos(h.resident, t.id, { photoKeys: [bad] })).rejects.toMatchObject({
      code: "validation",
    });
    expect((await getTicketForActor(h.resident, t.id)).ticket.photoKeys).toEqual([]);

    const good = await upload(h.resident, imageBytes("jpeg"), "image/jpeg");
    const staffShot = await upload(h.staff, imageBytes("png"));
    await addTicketPhotos(h.resident, t.id, { photoKeys: [good] });
    const after = await addTicketPhotos(h.staff, t.id, { photoKeys: [staffShot, good] });
    expect(after.photoKeys).toEqual([good, staffShot]);
    const { history } = await getTicketForActor(h.staff, t.id);
    expect(history.filter((e) => e.kind === "photo_added").map((e) => e.to)).toEqual([good, staffShot]);
  });

  it("refuses another person's upload and another resident's ticket", async () => {
    const t = await openTicket(h.resident, ticketInput());
    const theirs = await upload(h.resident2, imageBytes("png"));
    await expect(addTicketPhotos(h.resident, t.id, { photoKeys: [theirs] })).rejects.toMatchObject({
      fields: { "photoKeys.0": expect.any(Array) },
    });
    const mine = await upload(h.resident2, imageBytes("png"));
    await expect(addTicketPhotos(h.resident2, t.id, { photoKeys: [mine] })).rejects.toMatchObject({
      code: "not_found",
    });
  });
});
