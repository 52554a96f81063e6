import { describe, expect, it } from "vitest";
import {
  canMoveTicket,
  createTicketInputSchema,
  dueAtOf,
  isOverdue,
  reasonRequired,
  TICKET_DUE_HOURS,
  TICKET_STATUSES,
} from "./ticket";
import { listTicketsQuerySchema } from "./ticket-dto";
import { createUploadInputSchema, sniffImageType } from "./upload";

const at = "2026-12-03T10:00:00.000Z";

describe("ticket due times", () => {
  it("follow the priority table: urgent 4 h, high 24 h, normal 72 h, low 7 days", () => {
    expect(TICKET_DUE_HOURS).toEqual({ urgent: 4, high: 24, normal: 72, low: 168 });
    expect(dueAtOf({ createdAt: at, priority: "urgent" })).toBe("2026-12-03T14:00:00.000Z");
    expect(dueAtOf({ createdAt: at, priority: "low" })).toBe("2026-12-10T10:00:00.000Z");
  });

  it("are overdue only past the due time and while work is owed", () => {
    const late = new Date("2026-12-03T14:00:01.000Z");
    expect(isOverdue({ createdAt: at, priority: "urgent", status: "open" }, late)).toBe(true);
    expect(isOverdue({ createdAt: at, priority: "urgent", status: "waiting" }, late)).toBe(true);
    expect(isOverdue({ createdAt: at, priority: "high", status: "open" }, late)).toBe(false);
    expect(isOverdue({ createdAt: at, priority: "urgent", status: "resolved" }, late)).toBe(false);
  });
});

describe("ticket status moves", () => {
  it("follow the flow forward, and only reopen from resolved or closed", () => {
    expect(canMoveTicket("open", "in_progress")).toBe(true);
    expect(canMoveTicket("in_progress", "waiting")).toBe(true);
    expect(canMoveTicket("waiting", "resolved")).toBe(true);
    expect(canMoveTicket("resolved", "closed")).toBe(true);
    expect(canMoveTicket("closed", "open")).toBe(true);
    expect(canMoveTicket("closed", "in_progress")).toBe(false);
    expect(canMoveTicket("resolved", "waiting")).toBe(false);
    for (const s of TICKET_STATUSES) expect(canMoveTicket(s, s)).toBe(false);
  });

  it("need a reason to wait, reopen, or close what was never resolved", () => {
    expect(reasonRequired("in_progress", "waiting")).toBe(true);
    expect(reasonRequired("closed", "open")).toBe(true);
    expect(reasonRequired("open", "closed")).toBe(true);
    expect(reasonRequired("resolved", "closed")).toBe(false);
    expect(reasonRequired("open", "in_progress")).toBe(false);
  });
});

describe("ticket and upload input", () => {
  it("names each bad field of a new ticket", () => {
    const r = createTicketInputSchema.safeParse({ title: "x", category: "roof", description: "" });
    expect(r.success).toBe(false);
    const paths = r.error?.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["title", "category"]));
  });

  it("parses list filters from the query string", () => {
    const q = listTicketsQuerySchema.parse({
      status: "open",
      overdue: "true",
      unitId: "common",
      limit: "20",
    });
    expect(q).toMatchObject({ status: "open", overdue: true, unitId: "common", limit: 20, sort: "newest" });
    expect(listTicketsQuerySchema.safeParse({ overdue: "yes" }).success).toBe(false);
  });

  it("allows only images up to 8 MB to be signed", () => {
    const ok = { purpose: "ticket_photo", contentType: "image/heic", size: 8 * 1024 * 1024 };
    expect(createUploadInputSchema.safeParse(ok).success).toBe(true);
    expect(createUploadInputSchema.safeParse({ ...ok, size: ok.size + 1 }).success).toBe(false);
    expect(createUploadInputSchema.safeParse({ ...ok, contentType: "image/gif" }).success).toBe(false);
    expect(createUploadInputSchema.safeParse({ ...ok, contentType: "text/html" }).success).toBe(false);
  });

  it("recognizes images by their first bytes", () => {
    const bytes = (...b: (number | string)[]) =>
      new Uint8Array(b.flatMap((x) => (typeof x === "string" ? [...x].map((c) => c.charCodeAt(0)) : [x])));
    expect(sniffImageType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe("image/jpeg");
    expect(sniffImageType(bytes(0x89, "PNG\r\n", 0x1a, "\n"))).toBe("image/png");
    expect(sniffImageType(bytes("RIFF", 0, 0, 0, 0, "WEBPVP8 "))).toBe("image/webp");
    expect(sniffImageType(bytes(0, 0, 0, 24, "ftypheic"))).toBe("image/heic");
    expect(sniffImageType(bytes("<html>"))).toBeNull();
    expect(sniffImageType(new Uint8Array())).toBeNull();
  });
});
