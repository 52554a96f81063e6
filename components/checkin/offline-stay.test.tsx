import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CATALOGS } from "@/messages/catalogs.generated";
import { OfflineStay } from "./offline-stay";

const render = (until: string | null, locale: keyof typeof CATALOGS = "en") =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={CATALOGS[locale]} timeZone="Europe/Lisbon">
      <OfflineStay updatedAt="2026-12-03T10:00:00.000Z" until={until} timeZone="Europe/Lisbon" />
    </NextIntlClientProvider>,
  );

/**
 * What the server draws, before any script runs: the line that later says "Saved on this device" is there from
 * the first paint (saving), so its words change in place instead of a new line pushing the stay down once the
 * service worker answers (issue 19: it was /stay's largest paint and a layout shift, after every script).
 */
describe("OfflineStay on the server", () => {
  it("says the page is being saved while the check-in link is live", () => {
    const html = render("2026-12-08T11:00:00.000Z");
    expect(html).toContain('data-offline-stay-until="2026-12-08T11:00:00.000Z"');
    expect(html).toMatch(
      /role="status"><p[^>]*>Saving this page on this device so that it opens even without/,
    );
    expect(html).not.toContain("Saved on this device");
    expect(render("2026-12-08T11:00:00.000Z", "es")).toContain("Guardando esta página en este dispositivo");
  });

  it("says nothing when the stay is not to be kept (no live link)", () => {
    const html = render(null);
    expect(html).toContain('<div role="status"></div>');
    expect(html).not.toContain("Saving");
  });
});
