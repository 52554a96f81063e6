import "server-only";
import { z } from "zod";
import { createUploadInputSchema, presignedUploadSchema } from "@/lib/domain/upload";
import { defineOperations } from "../registry";

export const uploadOperations = defineOperations({
  createUpload: {
    method: "post",
    path: "/api/v1/uploads",
    tag: "Uploads",
    summary: "Presign an upload (a ticket photo)",
    description: [
      "The server chooses the object key under the caller's building and signs a POST policy valid 5 minutes that",
      "pins the key, the size range (1 byte to 8 MB) and the declared Content-Type (JPEG, PNG, WebP or HEIC).",
      "Post `fields` and then the file as `file` (multipart/form-data) to `url`, then pass `key` in `photoKeys`.",
      "Each object is verified (size, type, first bytes, uploader) before it is attached; a bad one is deleted.",
      "An upload nobody attaches is deleted after 2 days. At most 20 (guests), 60 (residents) or 200 (staff,",
      "managers) uploads per caller per hour, ID documents and knowledge files included; beyond that 429.",
    ].join(" "),
    capability: "ticket.comment",
    body: createUploadInputSchema,
    responses: { 201: { description: "Signed", schema: z.object({ upload: presignedUploadSchema }) } },
    errors: [429],
  },
});
