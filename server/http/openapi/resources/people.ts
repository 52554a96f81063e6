import "server-only";
import { z } from "zod";
import {
  inviteUserInputSchema,
  listPeopleQuerySchema,
  updatePersonInputSchema,
  userIdParamsSchema,
} from "@/lib/domain/people";
import { userSchema } from "@/lib/domain/user";
import { defineOperations, pageOf } from "../registry";

const tag = "People";
const userResponse = z.object({ user: userSchema });

export const peopleOperations = defineOperations({
  listUsers: {
    method: "get",
    path: "/api/v1/users",
    tag,
    summary: "The people of the building",
    description:
      "Staff and managers. By role (sorted by name) or all (in creation order); `status` narrows either per page, so a page may hold fewer than `limit` items and still have a cursor.",
    capability: "user.read",
    query: listPeopleQuerySchema,
    responses: { 200: { description: "A page of people", schema: pageOf(userSchema) } },
  },
  inviteUser: {
    method: "post",
    path: "/api/v1/users/invitations",
    tag,
    summary: "Invite a resident, staff member or manager by email",
    description:
      "Managers only (not API tokens). Creates an `invited` account and emails a one-time link that sets a password; it expires after 7 days. A taken email is 409 naming the field; an unknown unit 422.",
    capability: "user.manage",
    body: inviteUserInputSchema,
    responses: { 201: { description: "Invited", schema: userResponse } },
    errors: [409],
  },
  getUser: {
    method: "get",
    path: "/api/v1/users/{id}",
    tag,
    summary: "One person",
    capability: "user.read",
    params: userIdParamsSchema,
    responses: { 200: { description: "The person", schema: userResponse } },
    errors: [404],
  },
  updateUser: {
    method: "patch",
    path: "/api/v1/users/{id}",
    tag,
    summary: "Change a person's role, units or status",
    description:
      "Managers only. Disabling ends the person's sessions on their next request. A manager cannot disable themselves; the last active manager can be neither demoted nor disabled (409).",
    capability: "user.manage",
    params: userIdParamsSchema,
    body: updatePersonInputSchema,
    responses: { 200: { description: "The changed person", schema: userResponse } },
    errors: [404, 409],
  },
  resendInvitation: {
    method: "post",
    path: "/api/v1/users/{id}/resend-invitation",
    tag,
    summary: "Send a new invitation link",
    description: "Managers only. The previous link stops working at once. 409 when already accepted.",
    capability: "user.manage",
    params: userIdParamsSchema,
    responses: {
      200: {
        description: "Sent",
        schema: z.object({ expiresAt: z.string().describe("When the new link expires") }),
      },
    },
    errors: [404, 409],
  },
});
