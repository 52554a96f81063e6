import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import type { AlarmDTO } from "@/lib/domain/alarm";
import { CATALOGS } from "@/messages/catalogs.generated";
import { AlarmCard } from "./alarm-card";

// the actions' server calls are not made here
vi.mock("./alarm-actions", () => ({ AlarmActions: () => null }));

const alarm: AlarmDTO = {
  id: "alm_1",
  deviceId: "dev_1",
  unitId: "unit_1",
  cause: "leak",
  severity: "critical",
  status: "cleared",
  startedAt: "2026-12-03T10:00:00.000Z",
  lastSeenAt: "2026-12-03T11:00:00.000Z",
  count: 3,
  value: null,
  acknowledgedBy: { kind: "user", id: "u1", name: "Sam Patel" },
  acknowledgedAt: "2026-12-03T11:30:00.000Z",
  acknowledgeNote: null,
  clearedBy: { kind: "system" },
  clearedAt: "2026-12-03T11:45:00.000Z",
  clearNote: null,
  ticketId: null,
  missionId: null,
} as AlarmDTO;

const render = (locale: keyof typeof CATALOGS) =>
  renderToStaticMarkup(
    <NextIntlClientProvider
      locale={locale}
      messages={CATALOGS[locale]}
      timeZone="Europe/Lisbon"
      now={new Date("2026-12-03T12:00:00.000Z")}
    >
      <AlarmCard
        alarm={alarm}
        places={{ devices: { dev_1: "Kitchen leak sensor" }, units: { unit_1: "403" } }}
        manage
      />
    </NextIntlClientProvider>,
  );

/** The card's times are <time> elements inside the sentence, in every language (they once showed a function's source). */
describe("AlarmCard", () => {
  it.each(["en", "es", "pt-BR"] as const)("puts each time inside its sentence (%s)", (locale) => {
    const html = render(locale);
    expect(html).not.toMatch(/=>|function|\[object/);
    expect(html.match(/<time /g)).toHaveLength(4);
  });

  it("reads as a sentence in English", () => {
    const text = render("en").replace(/<[^>]+>/g, "");
    expect(text).toContain("Started 2 hours ago");
    expect(text).toContain("Last seen 1 hour ago");
    expect(text).toContain("Acknowledged by Sam Patel 30 minutes ago");
    expect(text).toContain("Cleared by");
    expect(text).toContain("Reported 3 times");
  });
});
