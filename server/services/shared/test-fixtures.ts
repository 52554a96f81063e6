import { PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import type { Unit } from "@/lib/domain/unit";
import type { User, UserRecord } from "@/lib/domain/user";
import type { Actor } from "@/lib/roles";
import { seedBuilding, seedUnit } from "@/test/api-fixtures";
import { makeUser, newBuildingId } from "@/test/fixtures";
import { createUser } from "../../db/users";

/**
 * A building for ticket tests against DynamoDB Local: two units, two residents (one each), a staff member and a
 * manager, all real user records (assignment and notifications read them), and the actors acting for them.
 */
export const actorOf = (u: User): Actor => ({
  kind: "user",
  id: u.id,
  role: u.role,
  buildingId: u.buildingId,
  unitIds: u.unitIds,
  name: u.name,
  email: u.email,
});

export async function seedTicketBuilding() {
  const b = newBuildingId();
  await seedBuilding(b);
  const [unit1, unit2]: Unit[] = await Promise.all([seedUnit(b, "101"), seedUnit(b, "102")]);
  const person = (over: Partial<UserRecord>) => createUser({ user: makeUser(b, over) });
  const [resident, resident2, staff, manager] = await Promise.all([
    person({ role: "resident", unitIds: [unit1.id] }),
    person({ role: "resident", unitIds: [unit2.id] }),
    person({ role: "staff" }),
    person({ role: "manager" }),
  ]);
  return {
    b,
    unit1,
    unit2,
    users: { resident, resident2, staff, manager },
    resident: actorOf(resident),
    resident2: actorOf(resident2),
    staff: actorOf(staff),
    manager: actorOf(manager),
  };
}

export const ticketInput = (over: Record<string, unknown> = {}) => ({
  title: "Leaking tap",
  description: "Drips all night",
  category: "plumbing" as const,
  priority: "normal" as const,
  photoKeys: [] as string[],
  ...over,
});

/** Bytes that start like each image type (what `sniffImageType` looks at), padded to `size`. */
export function imageBytes(type: "png" | "jpeg" | "text", size = 64): Buffer {
  const head =
    type === "png"
      ? Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
      : type === "jpeg"
        ? Buffer.from([0xff, 0xd8, 0xff, 0xe0])
        : Buffer.from("<html><script>alert(1)</script>");
  return Buffer.concat([head, Buffer.alloc(Math.max(0, size - head.length))]);
}

/** Puts an object straight into the emulator, the way a client ignoring the signed policy could. */
export async function putRaw(
  endpoint: string,
  bucket: string,
  key: string,
  body: Buffer,
  contentType: string,
  uploader: string,
) {
  const client = new S3Client({
    endpoint,
    forcePathStyle: true,
    region: "us-east-1",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
  await client.send(
    new PutObjectCommand({
      Bucket: bucket,
      Key: key,
      Body: body,
      ContentType: contentType,
      Metadata: { uploader },
    }),
  );
  client.destroy();
}

/** Sends a file through a presigned POST form, as the browser does. */
export async function postForm(
  upload: { url: string; fields: Record<string, string> },
  body: Buffer,
  contentType: string,
) {
  const form = new FormData();
  for (const [k, v] of Object.entries(upload.fields)) form.append(k, v);
  form.append("file", new Blob([new Uint8Array(body)], { type: contentType }), "photo");
  return fetch(upload.url, { method: "POST", body: form });
}
