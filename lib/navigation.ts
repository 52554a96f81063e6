import type messages from "@/messages/en/index";
import { ROLE_HOME, type Role } from "./roles";

/**
 * Each link's icon, by its symbol in the server's icon sprite (components/ui/sprite-svg.tsx, named as lucide
 * names its icons): sections are computed on the server and handed to client components, so they stay plain
 * data, and the client links draw the icon from its name (components/shell/nav-icon.tsx; a test checks that
 * each is in the sprite).
 */
export const NAV_ICONS = [
  "bell",
  "book-open",
  "bot",
  "building-complex",
  "calendar-check",
  "calendar-clock",
  "calendar-days",
  "clipboard-list",
  "cpu",
  "house",
  "key-round",
  "layout-dashboard",
  "mail",
  "megaphone",
  "message-circle",
  "package",
  "plug",
  "receipt",
  "scroll-text",
  "settings",
  "siren",
  "smartphone",
  "sun",
  "users",
  "wrench",
] as const;
export type NavIcon = (typeof NAV_ICONS)[number];

/** `label` is a message key under `nav.items` (sections: `nav.sections`), translated where it is shown. */
export type NavItemKey = keyof (typeof messages)["nav"]["items"];
export type NavSectionKey = keyof (typeof messages)["nav"]["sections"];
export type NavItem = { href: string; label: NavItemKey; icon: NavIcon };
export type NavSection = { label: NavSectionKey; items: NavItem[] };

const RESIDENT: NavItem[] = [
  { href: "/resident", label: "home", icon: "house" },
  { href: "/resident/stays", label: "stays", icon: "calendar-days" },
  { href: "/resident/tickets", label: "tickets", icon: "wrench" },
  { href: "/resident/devices", label: "myDevices", icon: "smartphone" },
  { href: "/chat", label: "concierge", icon: "message-circle" },
  { href: "/resident/missions", label: "missions", icon: "bot" },
  { href: "/resident/amenities", label: "amenities", icon: "calendar-clock" },
  { href: "/resident/packages", label: "packages", icon: "package" },
  { href: "/resident/passes", label: "passes", icon: "key-round" },
  { href: "/resident/bills", label: "myBills", icon: "receipt" },
];

const STAFF: NavItem[] = [
  { href: "/staff", label: "today", icon: "sun" },
  { href: "/staff/alarms", label: "alarms", icon: "siren" },
  { href: "/staff/devices", label: "devices", icon: "smartphone" },
  { href: "/staff/access-logs", label: "accessLogs", icon: "key-round" },
  { href: "/staff/tickets", label: "tickets", icon: "wrench" },
  { href: "/staff/reservations", label: "reservations", icon: "calendar-check" },
  { href: "/staff/missions", label: "missions", icon: "bot" },
  { href: "/staff/handovers", label: "handovers", icon: "message-circle" },
  { href: "/chat", label: "concierge", icon: "message-circle" },
  { href: "/staff/amenities", label: "amenitySchedule", icon: "calendar-clock" },
  { href: "/staff/packages", label: "packageRoom", icon: "package" },
  { href: "/staff/passes", label: "passes", icon: "key-round" },
  { href: "/staff/turnovers", label: "turnovers", icon: "calendar-check" },
  // where the building lets staff post (the page says so otherwise); managers post from their own page
  { href: "/staff/announcements", label: "announcements", icon: "megaphone" },
];

const MANAGER: NavItem[] = [
  { href: "/manager", label: "dashboard", icon: "layout-dashboard" },
  { href: "/manager/settings", label: "settings", icon: "settings" },
  { href: "/manager/alarm-settings", label: "alarmSettings", icon: "siren" },
  { href: "/manager/persona", label: "persona", icon: "message-circle" },
  { href: "/manager/units", label: "units", icon: "building-complex" },
  { href: "/manager/people", label: "people", icon: "users" },
  { href: "/manager/devices", label: "deviceRegistry", icon: "cpu" },
  { href: "/manager/knowledge", label: "knowledge", icon: "book-open" },
  { href: "/manager/audit", label: "auditLog", icon: "scroll-text" },
  { href: "/manager/tokens", label: "apiTokens", icon: "plug" },
  { href: "/manager/announcements", label: "announcements", icon: "megaphone" },
  { href: "/manager/outbox", label: "outbox", icon: "mail" },
  { href: "/manager/messages", label: "guestMessages", icon: "mail" },
  { href: "/manager/billing", label: "billing", icon: "receipt" },
  { href: "/manager/amenities", label: "amenityAdmin", icon: "calendar-clock" },
  { href: "/manager/door-groups", label: "doorGroups", icon: "cpu" },
];

const GUEST: NavItem[] = [{ href: "/stay", label: "myStay", icon: "clipboard-list" }];

const SECTIONS: Record<Role, NavSection[]> = {
  guest: [{ label: "yourStay", items: GUEST }],
  resident: [{ label: "yourHome", items: RESIDENT }],
  staff: [{ label: "operations", items: STAFF }],
  // Managers see everything staff see (SPEC.md), under its own heading.
  manager: [
    { label: "building", items: MANAGER },
    { label: "operations", items: STAFF.filter((i) => i.href !== "/staff/announcements") },
  ],
};

/**
 * The navigation a role sees, in order; the first link is the role's home (ROLE_HOME).
 * It only mirrors permissions for display: every page and service still checks the role itself.
 * Returns fresh copies so a caller cannot change the table for everyone.
 */
export function navigationFor(role: Role): NavSection[] {
  return SECTIONS[role].map((section) => ({
    label: section.label,
    items: section.items.map((i) => ({ ...i })),
  }));
}

/** The role's landing page, as used by the header's home link. */
export function homeFor(role: Role): string {
  return ROLE_HOME[role];
}

// in a module of its own so the client's nav links do not carry every role's table
export { activeHref } from "./nav-active";
