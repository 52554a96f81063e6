import * as lucide from "lucide-react";
import { type ComponentType, createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import * as chatIcons from "@/components/chat/chat-icons";
import * as guestIcons from "@/components/guest-stay/guest-icons";
import * as photoPickerIcons from "@/components/tickets/photo-picker-icons";
import * as alertIcons from "./alert-icons";
import type { SvgIcon } from "./lucide-svg";
import * as serverIcons from "./server-icons";
import * as xIcon from "./x-icon";

/** What an icon draws inside its <svg>, and the <svg>'s own attributes but its classes. */
function drawing(icon: ComponentType<{ className?: string }>) {
  const html = renderToStaticMarkup(createElement(icon, { className: "size-4" }));
  const [, svg = "", inner = ""] = /^<svg([^>]*)>(.*)<\/svg>$/.exec(html) ?? [];
  return { svg: svg.replace(/ class="[^"]*"/, ""), inner, className: /class="([^"]*)"/.exec(svg)?.[1] };
}

const pascal = (name: string) => name.replace(/(^|-)([a-z0-9])/g, (_m, _d, c: string) => c.toUpperCase());

describe("icons drawn without lucide-react's client runtime", () => {
  const modules = { serverIcons, alertIcons, xIcon, guestIcons, photoPickerIcons, chatIcons };
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
