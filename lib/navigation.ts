import type messages from "@/messages/en/index";
import { ROLE_HOME, type Role } from "./roles";

/**
 * Icon keys, not components: sections are computed on the server and handed to client components,
 * so they must stay plain data. `components/shell/nav-icon.tsx` maps each key to an icon.
 */
export const NAV_ICONS = [
  "home",
  "stays",
  "tickets",
  "devices",
  "chat",
  "today",
  "access-logs",
  "reservations",
  "missions",
  "dashboard",
  "settings",
  "units",
  "people",
  "registry",
  "knowledge",
  "audit",
  "stay",
  "outbox",
  "tokens",
  "alarms",
  "notifications",
  "amenities",
  "packages",
  "billing",
  "passes",
  "announcements",
] as const;
export type NavIcon = (typeof NAV_ICONS)[number];

/** `label` is a message key under `nav.items` (sections: `nav.sections`), translated where it is shown. */
export type NavItemKey = keyof (typeof messages)["nav"]["items"];
export type NavSectionKey = keyof (typeof messages)["nav"]["sections"];
export type NavItem = { href: string; label: NavItemKey; icon: NavIcon };
export type NavSection = { label: NavSectionKey; items: NavItem[] };

const RESIDENT: NavItem[] = [
  { href: "/resident", label: "home", icon: "home" },
  { href: "/resident/stays", label: "stays", icon: "stays" },
  { href: "/resident/tickets", label: "tickets", icon: "tickets" },
  { href: "/resident/devices", label: "myDevices", icon: "devices" },
  { href: "/chat", label: "concierge", icon: "chat" },
  { href: "/resident/missions", label: "missions", icon: "missions" },
  { href: "/resident/amenities", label: "amenities", icon: "amenities" },
  { href: "/resident/packages", label: "packages", icon: "packages" },
  { href: "/resident/passes", label: "passes", icon: "passes" },
  { href: "/resident/bills", label: "myBills", icon: "billing" },
];

const STAFF: NavItem[] = [
  { href: "/staff", label: "today", icon: "today" },
  { href: "/staff/alarms", label: "alarms", icon: "alarms" },
  { href: "/staff/devices", label: "devices", icon: "devices" },
  { href: "/staff/access-logs", label: "accessLogs", icon: "access-logs" },
  { href: "/staff/tickets", label: "tickets", icon: "tickets" },
  { href: "/staff/reservations", label: "reservations", icon: "reservations" },
  { href: "/staff/missions", label: "missions", icon: "missions" },
  { href: "/staff/handovers", label: "handovers", icon: "chat" },
  { href: "/chat", label: "concierge", icon: "chat" },
  { href: "/staff/amenities", label: "amenitySchedule", icon: "amenities" },
  { href: "/staff/packages", label: "packageRoom", icon: "packages" },
  { href: "/staff/passes", label: "passes", icon: "passes" },
  { href: "/staff/turnovers", label: "turnovers", icon: "reservations" },
  // where the building lets staff post (the page says so otherwise); managers post from their own page
  { href: "/staff/announcements", label: "announcements", icon: "announcements" },
];

const MANAGER: NavItem[] = [
  { href: "/manager", label: "dashboard", icon: "dashboard" },
  { href: "/manager/settings", label: "settings", icon: "settings" },
  { href: "/manager/alarm-settings", label: "alarmSettings", icon: "alarms" },
  { href: "/manager/persona", label: "persona", icon: "chat" },
  { href: "/manager/units", label: "units", icon: "units" },
  { href: "/manager/people", label: "people", icon: "people" },
  { href: "/manager/devices", label: "deviceRegistry", icon: "registry" },
  { href: "/manager/knowledge", label: "knowledge", icon: "knowledge" },
  { href: "/manager/audit", label: "auditLog", icon: "audit" },
  { href: "/manager/tokens", label: "apiTokens", icon: "tokens" },
  { href: "/manager/announcements", label: "announcements", icon: "announcements" },
  { href: "/manager/outbox", label: "outbox", icon: "outbox" },
  { href: "/manager/messages", label: "guestMessages", icon: "outbox" },
  { href: "/manager/billing", label: "billing", icon: "billing" },
  { href: "/manager/amenities", label: "amenityAdmin", icon: "amenities" },
  { href: "/manager/door-groups", label: "doorGroups", icon: "registry" },
];

const GUEST: NavItem[] = [{ href: "/stay", label: "myStay", icon: "stay" }];

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
