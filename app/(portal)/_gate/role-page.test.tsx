import { isValidElement, type ReactElement } from "react";
import { describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/roles";
import { pageActor } from "@/server/auth/page-guard";
import { rolePage } from "./role-page";

vi.mock("@/server/auth/page-guard", () => ({ pageActor: vi.fn() }));
vi.mock("@/components/portal/not-allowed", () => ({ NotAllowed: () => null }));

const staff: Actor = { kind: "user", id: "u1", role: "staff", buildingId: "b1", unitIds: [] };
const signedIn = (roles: readonly string[] | undefined) =>
  vi.mocked(pageActor).mockResolvedValue({ actor: staff, allowed: !roles || roles.includes(staff.role) });

/** The one role gate of the portal's pages: the page renders only for its roles, with the actor. */
describe("rolePage", () => {
  it("renders the page with the actor and the page's props for an allowed role", async () => {
    signedIn(["staff", "manager"]);
    const render = vi.fn((actor: Actor, props: { id: string }) => `${actor.id}:${props.id}`);
    expect(await rolePage(["staff", "manager"], render)({ id: "x" })).toBe("u1:x");
    expect(pageActor).toHaveBeenCalledWith(["staff", "manager"]);
  });

  it("renders <NotAllowed role/> and never the page for another role", async () => {
    signedIn(["manager"]);
    const render = vi.fn(() => "secret");
    const out = await rolePage(["manager"], render)({});
    expect(isValidElement(out)).toBe(true);
    expect((out as ReactElement<{ role: string }>).props.role).toBe("staff");
    expect(render).not.toHaveBeenCalled();
  });
});
