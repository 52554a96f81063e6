import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { AppError } from "@/lib/errors";
import { authSecret } from "../config";

/**
 * Opaque pagination cursors: the LastEvaluatedKey, base64url JSON, signed so a client cannot forge a key
 * that points into another partition. A tampered or foreign cursor is a 400, never a database error.
 */
const sign = (body: string) =>
  createHmac("sha256", authSecret()).update(body).digest("base64url").slice(0, 22);

export function encodeCursor(key: Record<string, unknown> | undefined): string | null {
  if (!key) return null;
  const body = Buffer.from(JSON.stringify(key)).toString("base64url");
  return `${body}.${sign(body)}`;
}

export function decodeCursor(cursor: string | null | undefined): Record<string, unknown> | undefined {
  if (!cursor) return undefined;
  const [body, mac] = cursor.split(".");
  const expected = body ? sign(body) : "";
  if (
    !body ||
    !mac ||
    mac.length !== expected.length ||
    !timingSafeEqual(Buffer.from(mac), Buffer.from(expected))
  ) {
    throw new AppError("bad_request", "The cursor is not valid; start again from the first page.", {
      fields: { cursor: ["Not a cursor this server issued."] },
    });
  }
  return JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as Record<string, unknown>;
}
