import * as lucide from "lucide-react";
import { type ComponentType, createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/icons/sprite.svg/route";
import * as chatIcons from "@/components/chat/chat-icons";
import * as guestIcons from "@/components/guest-stay/guest-icons";
import * as photoPickerIcons from "@/components/tickets/photo-picker-icons";
import { NAV_ICONS } from "@/lib/navigation";
import * as alertIcons from "./alert-icons";
import type { SvgIcon } from "./lucide-svg";
import * as serverIcons from "./server-icons";
import { SPRITE_PATH, type SpriteIcon, spriteDocument, spriteVersion } from "./sprite-svg";
import * as xIcon from "./x-icon";

/** What an icon draws inside its <svg>, and the <svg>'s own attributes but its classes. */
function drawing(icon: ComponentType<{ className?: string }>) {
  const html = renderToStaticMarkup(createElement(icon, { className: "size-4" }));
  const [, svg = "", inner = ""] = /^<svg([^>]*)>(.*)<\/svg>$/.exec(html) ?? [];
  return { svg: svg.replace(/ class="[^"]*"/, ""), inner, className: /class="([^"]*)"/.exec(svg)?.[1] };
}

const pascal = (name: string) => name.replace(/(^|-)([a-z0-9])/g, (_m, _d, c: string) => c.toUpperCase());

/** A server icon drawn in full (`inline`), as the guest's pages draw it. */
const inline = (icon: SpriteIcon) => (props: { className?: string }) =>
  createElement(icon, { ...props, inline: true });

describe("icons drawn without lucide-react's client runtime", () => {
  const inlineServerIcons = Object.fromEntries(
    Object.entries(serverIcons).map(([name, icon]) => [
      name,
      Object.assign(inline(icon), { iconName: icon.iconName }),
    ]),
  );
  const modules = { inlineServerIcons, alertIcons, xIcon, guestIcons, photoPickerIcons, chatIcons };
  const all = Object.entries(modules).flatMap(([module, icons]) =>
    Object.entries(icons).map(([name, icon]) => [`${module}.${name}`, icon as SvgIcon] as const),
  );
  it.each(all)("%s draws as lucide-react's does", (_name, icon) => {
    const theirs = (lucide as unknown as Record<string, ComponentType<{ className?: string }>>)[
      pascal(icon.iconName)
    ];
    expect(theirs, `lucide-react has no ${pascal(icon.iconName)}`).toBeDefined();
    const ours = drawing(icon);
    const expected = drawing(theirs);
    expect(ours.inner).toBe(expected.inner);
    expect(ours.svg).toBe(expected.svg);
    expect(ours.className).toContain(`lucide-${icon.iconName}`);
    expect(ours.className).toContain("size-4");
  });
});

describe("the server's icons drawn from one sprite", () => {
  const icons = Object.values(serverIcons);

  it("links each icon to its symbol in the sprite, with the sprite's content hash", () => {
    const html = renderToStaticMarkup(createElement(serverIcons.Bell, { className: "size-5" }));
    expect(html).toBe(
      `<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" class="lucide lucide-bell size-5" aria-hidden="true"><use href="${SPRITE_PATH}?v=${spriteVersion()}#bell"></use></svg>`,
    );
    // labelled by its caller: no longer hidden from screen readers, as lucide's own
    const labelled = renderToStaticMarkup(createElement(serverIcons.Bell, { "aria-label": "Notices" }));
    expect(labelled).toContain('aria-label="Notices"');
    expect(labelled).not.toContain("aria-hidden");
  });

  it.each(icons.map((icon) => [icon.iconName, icon] as const))(
    "the sprite's %s symbol draws what lucide-react draws",
    (name, icon) => {
      const theirs = (lucide as unknown as Record<string, ComponentType<{ className?: string }>>)[
        pascal(name)
      ];
      const symbol = new RegExp(`<symbol id="${name}" viewBox="0 0 24 24">(.*?)</symbol>`).exec(
        spriteDocument(),
      );
      expect(symbol?.[1]).toBe(drawing(theirs).inner);
      expect(drawing(icon).inner).toContain(`#${name}"`);
    },
  );

  it("has a symbol for every navigation icon, which the client links draw by name", () => {
    const ids = new Set([...spriteDocument().matchAll(/<symbol id="([^"]+)"/g)].map((m) => m[1]));
    const missing = NAV_ICONS.filter((symbol) => !ids.has(symbol));
    expect(missing).toEqual([]);
  });

  it("holds one symbol per icon and changes its version with its drawings", () => {
    const ids = [...spriteDocument().matchAll(/<symbol id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.sort()).toEqual([...new Set(icons.map((i) => i.iconName))].sort());
    expect(spriteVersion()).toMatch(/^[0-9a-f]{12}$/);
  });

  it("is served as SVG, kept for a year only under its current version", async () => {
    const current = GET(new Request(`http://localhost${SPRITE_PATH}?v=${spriteVersion()}`));
    expect(current.headers.get("content-type")).toMatch(/^image\/svg\+xml/);
    expect(current.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(await current.text()).toBe(spriteDocument());
    const old = GET(new Request(`http://localhost${SPRITE_PATH}?v=0123456789ab`));
    expect(old.headers.get("cache-control")).toBe("public, max-age=300");
    expect(await old.text()).toBe(spriteDocument());
  });
});
