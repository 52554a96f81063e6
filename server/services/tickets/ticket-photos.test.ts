import {
  GetObjectTaggingCommand,
  HeadObjectCommand,
  PutObjectCommand,
  PutObjectTaggingCommand,
} from "@aws-sdk/client-s3";
import { afterAll, describe, expect, it } from "vitest";
import type { IdDocumentType } from "@/lib/domain/checkin";
import { type RunningS3, startS3 } from "../../../scripts/stack/s3";
import { listTicketsByOpener } from "../../db/tickets";
import { checkIdDocument, newIdDocumentKey } from "../../storage/id-documents";
import { ATTACHED_UPLOAD_TAG, PENDING_UPLOAD_TAG } from "../../storage/retention-tag";
import { s3 } from "../../storage/s3-client";
import { imageBytes, postForm, putRaw, seedTicketBuilding, ticketInput } from "../shared/test-fixtures";
import { createUpload } from "../uploads/create-upload";
import { UPLOADS_PER_HOUR } from "../uploads/upload-quota";
import { addTicketPhotos } from "./add-ticket-photos";
import { getTicket } from "./get-ticket";
import { openTicket } from "./open-ticket";

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
  const up = await createUpload(who, {
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
    expect((await getTicket(h.resident, t.id)).ticket.photoKeys).toEqual([]);

    const good = await upload(h.resident, imageBytes("jpeg"), "image/jpeg");
    const staffShot = await upload(h.staff, imageBytes("png"));
    await addTicketPhotos(h.resident, t.id, { photoKeys: [good] });
    const after = await addTicketPhotos(h.staff, t.id, { photoKeys: [staffShot, good] });
    expect(after.photoKeys).toEqual([good, staffShot]);
    const { history } = await getTicket(h.staff, t.id);
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

describe("upload quotas and unattached uploads", () => {
  it("signs at most UPLOADS_PER_HOUR uploads per person per hour, then 429; another person is not affected", async () => {
    const someone = { ...h.resident, id: `user_quota_${Date.now()}` };
    const sign = (who: Who) =>
      createUpload(who, { purpose: "ticket_photo", contentType: "image/png", size: 2048 });
    for (let i = 0; i < UPLOADS_PER_HOUR.resident; i++) await sign(someone);
    await expect(sign(someone)).rejects.toMatchObject({ code: "rate_limited" });
    // other people keep their own budget
    await expect(sign({ ...h.resident, id: `${someone.id}_2` })).resolves.toMatchObject({
      key: expect.any(String),
    });
  });

  it("signs each photo with the pending tag, and retags it attached once a ticket points at it", async () => {
    const up = await createUpload(h.staff, {
      purpose: "ticket_photo",
      contentType: "image/png",
      size: 64,
    });
    expect(up.fields.tagging).toBe(
      `<Tagging><TagSet><Tag><Key>${PENDING_UPLOAD_TAG.key}</Key><Value>${PENDING_UPLOAD_TAG.value}</Value></Tag></TagSet></Tagging>`,
    );
    expect((await postForm(up, imageBytes("png"), "image/png")).status).toBeLessThan(300);
    // the emulator ignores a POST's tagging field, so the pending tag is set as S3 would have
    await s3().send(
      new PutObjectTaggingCommand({
        Bucket: bucket,
        Key: up.key,
        Tagging: { TagSet: [{ Key: PENDING_UPLOAD_TAG.key, Value: PENDING_UPLOAD_TAG.value }] },
      }),
    );
    await openTicket(h.staff, ticketInput({ title: "Lift light out", photoKeys: [up.key] }));
    const tags = await s3().send(new GetObjectTaggingCommand({ Bucket: bucket, Key: up.key }));
    expect(tags.TagSet).toEqual([{ Key: ATTACHED_UPLOAD_TAG.key, Value: ATTACHED_UPLOAD_TAG.value }]);
  });
});

describe("ID documents", () => {
  const stay = "res_idcheck";
  const put = async (body: Buffer, contentType: string) => {
    const key = newIdDocumentKey(h.b, stay, contentType as IdDocumentType);
    await s3().send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: key,
        Body: body,
        ContentType: contentType,
        Metadata: { reservation: stay },
      }),
    );
    return key;
  };

  it("are checked by their first bytes: an HTML page sent as a JPEG is refused and deleted", async () => {
    const fake = await put(imageBytes("text", 512), "image/jpeg");
    expect(await checkIdDocument(fake, stay)).toEqual({
      ok: false,
      message: "The file is not the photo or PDF it claims to be.",
    });
    await expect(s3().send(new HeadObjectCommand({ Bucket: bucket, Key: fake }))).rejects.toBeTruthy();
    const pdfAsPng = await put(Buffer.from("%PDF-1.7\n..."), "image/png");
    expect((await checkIdDocument(pdfAsPng, stay)).ok).toBe(false);
  });

  it("accept a real JPEG and a real PDF", async () => {
    expect(await checkIdDocument(await put(imageBytes("jpeg", 512), "image/jpeg"), stay)).toMatchObject({
      ok: true,
    });
    const pdf = Buffer.from("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<<>>\nendobj\n", "latin1");
    expect(await checkIdDocument(await put(pdf, "application/pdf"), stay)).toMatchObject({ ok: true });
  });
});
