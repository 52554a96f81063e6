import { NextIntlClientProvider } from "next-intl";
import { prerender } from "react-dom/static";
import { describe, expect, it, vi } from "vitest";
import type { NotificationDTO } from "@/lib/domain/notification";
import { CATALOGS } from "@/messages/catalogs.generated";
import { GuestNotices } from "./guest-notices";

// the live stream and the router need a browser and a mounted app router; the server action is not called here
vi.mock("@/components/devices/use-live-updates", () => ({ useLiveUpdates: () => "live" }));
vi.mock("@/server/actions/mark-notifications-read", () => ({ markNotificationsReadAction: vi.fn() }));

const notice = (over: Partial<NotificationDTO>): NotificationDTO => ({
  id: `n${Math.random().toString(16).slice(2, 10)}`,
  kind: "alarm",
  title: "Water leak in unit 103",
  body: "Staff are on their way.",
  link: "/stay",
  createdAt: "2026-12-03T10:00:00.000Z",
  readAt: null,
  ...over,
});

/** The HTML once complete: the list is loaded on demand where there are notices, so this waits for it (renderToString would not). */
const render = async (locale: keyof typeof CATALOGS, items: NotificationDTO[]) => {
  const { prelude } = await prerender(
    <NextIntlClientProvider
      locale={locale}
      messages={CATALOGS[locale]}
      timeZone="Europe/Lisbon"
      now={new Date("2026-12-03T12:00:00.000Z")}
    >
      <GuestNotices initial={items} />
    </NextIntlClientProvider>,
  );
  return new Response(prelude).text();
};

/** The guest's own notices on the stay page: read state, announcements left to their own section, three languages. */
describe("GuestNotices", () => {
  const items = [
    notice({ id: "leak", title: "Water leak in unit 103" }),
    notice({
      id: "old",
      kind: "reservation",
      title: "Your stay changed",
      readAt: "2026-12-02T10:00:00.000Z",
    }),
    notice({ id: "ann", kind: "announcement", title: "Lift service" }),
  ];

  it("lists the guest's notices with their read state, and not the announcements shown above", async () => {
    const html = await render("en", items);
    expect(html).toContain("Notices for you");
    const rows = html
      .split('data-testid="guest-notice"')
      .slice(1)
      .map((row) => ({
        read: /data-read="(\w+)"/.exec(row)?.[1],
        title: /Water leak|Your stay changed/.exec(row)?.[0],
      }));
    expect(rows).toEqual([
      { read: "false", title: "Water leak" },
      { read: "true", title: "Your stay changed" },
    ]);
    expect(html).not.toContain("Lift service");
    expect(html).toContain("1 unread");
    expect(html).toContain("Mark “Water leak in unit 103” as read");
    // the link back to the stay page itself is not offered
    expect(html).not.toContain('href="/stay"');
  });

  it("speaks the guest's language", async () => {
    const es = await render("es", items);
    const pt = await render("pt-BR", items);
    expect(es).toContain("Avisos para usted");
    expect(es).toContain("1 sin leer");
    expect(pt).toContain("Avisos para você");
    expect(pt).toContain("1 não lido");
  });

  it("says so when there is nothing yet", async () => {
    const html = await render("en", [notice({ kind: "announcement" })]);
    expect(html).toContain("Nothing from the building for you yet.");
    expect(html).not.toContain('data-testid="guest-notice"');
  });
});
