import { svgAttributes } from "@/components/ui/lucide-svg";
import type { NavIcon as NavIconKey } from "@/lib/navigation";

/**
 * Each navigation key's symbol in the server's icon sprite (components/ui/sprite-svg.tsx, named as lucide names its
 * icons; the test beside this file checks each is in the sprite). The links are client components: they draw their
 * icons from the key and the sprite's address, so the page carries no drawing per link (issue 19).
 */
export const NAV_SYMBOLS: Record<NavIconKey, string> = {
  home: "house",
  stays: "calendar-days",
  tickets: "wrench",
  devices: "smartphone",
  chat: "message-circle",
  today: "sun",
  "access-logs": "key-round",
  reservations: "calendar-check",
  missions: "bot",
  dashboard: "layout-dashboard",
  settings: "settings",
  units: "building-complex",
  people: "users",
  registry: "cpu",
  knowledge: "book-open",
  audit: "scroll-text",
  stay: "clipboard-list",
  outbox: "mail",
  tokens: "plug",
  alarms: "siren",
  notifications: "bell",
  amenities: "calendar-clock",
  packages: "package",
  billing: "receipt",
  passes: "key-round",
  announcements: "megaphone",
};

/**
 * The icon for a navigation key, by reference to the sprite (`sprite`: its versioned address, from the server's
 * spriteHref()); always decorative (the link text names the link).
 */
export function NavIcon({
  name,
  sprite,
  className,
}: {
  name: NavIconKey;
  sprite: string;
  className?: string;
}) {
  const symbol = NAV_SYMBOLS[name];
  return (
    // biome-ignore lint/a11y/noSvgWithoutTitle: decorative (aria-hidden)
    <svg {...svgAttributes(symbol, className, {})}>
      <use href={`${sprite}#${symbol}`} />
    </svg>
  );
}
