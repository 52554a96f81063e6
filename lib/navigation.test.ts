import { describe, expect, it } from "vitest";
import { activeHref, navigationFor } from "./navigation";
import { ROLE_HOME, ROLES } from "./roles";

const hrefsOf = (role: (typeof ROLES)[number]) =>
  navigationFor(role).flatMap((s) => s.items.map((i) => i.href));

describe("navigationFor", () => {
  it.each(ROLES)("puts the %s's home first", (role) => {
    expect(hrefsOf(role)[0]).toBe(ROLE_HOME[role]);
  });

  it.each(ROLES)("gives the %s unique links and unique section labels", (role) => {
    const hrefs = hrefsOf(role);
    expect(new Set(hrefs).size).toBe(hrefs.length);
    const labels = navigationFor(role).map((s) => s.label);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it("gives a resident no staff or manager links", () => {
    const hrefs = hrefsOf("resident");
    expect(hrefs.some((h) => h.startsWith("/manager") || h.startsWith("/staff"))).toBe(false);
    expect(hrefs).toEqual([
      "/resident",
      "/resident/stays",
      "/resident/tickets",
      "/resident/devices",
      "/chat",
      "/resident/missions",
      "/resident/amenities",
      "/resident/packages",
      "/resident/passes",
      "/resident/bills",
    ]);
  });

  it("gives staff no manager links", () => {
    expect(hrefsOf("staff").some((h) => h.startsWith("/manager"))).toBe(false);
  });

  it("gives a manager the staff links under Operations, but posts announcements from their own page", () => {
    const operations = navigationFor("manager").find((s) => s.label === "operations");
    expect(operations?.items.map((i) => i.href)).toEqual(
      hrefsOf("staff").filter((h) => h !== "/staff/announcements"),
    );
    expect(hrefsOf("manager")).toContain("/manager/announcements");
  });

  it("gives a guest only their stay", () => {
    expect(hrefsOf("guest")).toEqual(["/stay"]);
  });

  it("returns copies that a caller cannot use to change the table", () => {
    navigationFor("guest")[0].items[0].label = "home";
    expect(navigationFor("guest")[0].items[0].label).toBe("myStay");
  });
});

describe("activeHref", () => {
  const manager = navigationFor("manager");

  it("marks the role home only on the home itself", () => {
    expect(activeHref("/manager", manager)).toBe("/manager");
    expect(activeHref("/manager/", manager)).toBe("/manager");
  });

  it("prefers the deepest matching link", () => {
    expect(activeHref("/manager/units", manager)).toBe("/manager/units");
    expect(activeHref("/manager/units/01J0ABC", manager)).toBe("/manager/units");
    expect(activeHref("/staff/tickets/42", manager)).toBe("/staff/tickets");
  });

  it("does not match a sibling that merely shares a prefix", () => {
    expect(activeHref("/stayover", navigationFor("guest"))).toBeNull();
  });

  it("returns null outside the navigation", () => {
    expect(activeHref("/login", navigationFor("resident"))).toBeNull();
  });
});
