import { createHash } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A local HTTP server playing a channel's iCal export: each path serves whatever the test set last, with an
 * ETag, answering 304 to a matching If-None-Match, and counting requests (and which were conditional).
 */
export async function startFeedServer() {
  const feeds = new Map<string, string>();
  const hits: { path: string; conditional: boolean; status: number }[] = [];
  let delayMs = 0;
  const server = http.createServer((req, res) => {
    const path = req.url ?? "/";
    const body = feeds.get(path);
    const answer = (status: number, text = "", headers: Record<string, string> = {}) => {
      hits.push({ path, conditional: !!req.headers["if-none-match"], status });
      setTimeout(() => {
        res.writeHead(status, headers);
        res.end(text);
      }, delayMs);
    };
    if (body === undefined) return answer(404, "not found");
    const etag = `"${createHash("sha1").update(body).digest("hex")}"`;
    if (req.headers["if-none-match"] === etag) return answer(304);
    answer(200, body, { "content-type": "text/calendar; charset=utf-8", etag });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    set: (path: string, text: string) => feeds.set(path, text),
    hits,
    slow: (ms: number) => {
      delayMs = ms;
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** RFC 5545 folding as the channels do it: lines over 75 octets continue on the next line after CRLF + space. */
function fold(line: string): string {
  const parts: string[] = [];
  let rest = line;
  while (rest.length > 75) {
    parts.push(rest.slice(0, 75));
    rest = rest.slice(75);
  }
  parts.push(rest);
  return parts.join("\r\n ");
}
const ics = (lines: string[]) => `${lines.map(fold).join("\r\n")}\r\n`;
const compact = (d: string) => d.replaceAll("-", "");

export type FeedBooking = { uid: string; checkIn: string; checkOut: string; code?: string };

/** Airbnb's export: "Reserved" with the reservation URL in DESCRIPTION, and "Airbnb (Not available)" blocks. */
export function airbnbFeed(bookings: FeedBooking[], blocks: FeedBooking[] = []): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "PRODID;X-RICAL-TZSOURCE=TZINFO:-//Airbnb Inc//Hosting Calendar 0.8.8//EN",
    "CALSCALE:GREGORIAN",
    "VERSION:2.0",
  ];
  for (const b of bookings) {
    lines.push(
      "BEGIN:VEVENT",
      `DTSTAMP:20261201T101500Z`,
      `DTSTART;VALUE=DATE:${compact(b.checkIn)}`,
      `DTEND;VALUE=DATE:${compact(b.checkOut)}`,
      `SUMMARY:Reserved`,
      `UID:${b.uid}`,
      `DESCRIPTION:Reservation URL: https://www.airbnb.com/hosting/reservations/details/${b.code ?? "HMABCDEFGH"}\\nPhone Number (Last 4 Digits): 4821`,
      "END:VEVENT",
    );
  }
  for (const b of blocks) {
    lines.push(
      "BEGIN:VEVENT",
      `DTSTAMP:20261201T101500Z`,
      `DTSTART;VALUE=DATE:${compact(b.checkIn)}`,
      `DTEND;VALUE=DATE:${compact(b.checkOut)}`,
      "SUMMARY:Airbnb (Not available)",
      `UID:${b.uid}`,
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return ics(lines);
}

/** Booking.com's export: every event "CLOSED - Not available", no description. */
export function bookingFeed(bookings: FeedBooking[]): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//admin.booking.com//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
  ];
  for (const b of bookings) {
    lines.push(
      "BEGIN:VEVENT",
      "DTSTAMP:20261201T101500Z",
      `DTSTART;VALUE=DATE:${compact(b.checkIn)}`,
      `DTEND;VALUE=DATE:${compact(b.checkOut)}`,
      `UID:${b.uid}`,
      "SUMMARY:CLOSED - Not available",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return ics(lines);
}
