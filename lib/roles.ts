export const ROLES = ["guest", "resident", "staff", "manager"] as const;
export type Role = (typeof ROLES)[number];

/** Who is acting: a signed-in user, a guest holding a check-in link session, or an API token. */
export type Actor = {
  kind: "user" | "guest" | "token";
  /** user id, or for guests the reservation's guest id, or for tokens the token id */
  id: string;
  role: Role;
  buildingId: string;
  unitIds: string[];
  /** guests: the one reservation their session is limited to */
  reservationId?: string;
  name?: string;
  email?: string;
  /** the person's saved language choice, when they made one */
  locale?: string | null;
};

export const ROLE_LABEL: Record<Role, string> = {
  guest: "Guest",
  resident: "Resident",
  staff: "Staff",
  manager: "Manager",
};

/** Where each role lands after signing in. */
export const ROLE_HOME: Record<Role, string> = {
  guest: "/stay",
  resident: "/resident",
  staff: "/staff",
  manager: "/manager",
};
