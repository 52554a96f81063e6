import { z } from "zod";
import { idSchema, pageQuerySchema } from "./common";
import { PERSON_ROLES } from "./people-constants";
import { inviteUserInputSchema, passwordSchema, USER_STATUSES, userSchema } from "./user";

// values without schemas live in people-constants.ts (client components import them from there)
export * from "./people-constants";

export const personRoleSchema = z.enum(PERSON_ROLES);

/** `GET /api/v1/users` filters (managers and staff): by role (index) and/or status (filter). */
export const listPeopleQuerySchema = pageQuerySchema.extend({
  role: personRoleSchema.optional().describe("Only people with this role."),
  status: z.enum(USER_STATUSES).optional().describe("Only people in this status."),
});
export type ListPeopleQuery = z.infer<typeof listPeopleQuerySchema>;

/** `POST /api/v1/users/invitations`: re-exported so forms and routes share one schema. */
export { inviteUserInputSchema };

/**
 * `PATCH /api/v1/users/{id}`: what a manager may change about a person's access. Each field is optional; at
 * least one must be given. Status moves only between active and disabled (invited ends by accepting).
 */
export const personPatchSchema = z.object({
  role: personRoleSchema.optional(),
  unitIds: z.array(idSchema).max(50).optional(),
  status: z.enum(["active", "disabled"]).optional(),
});
const changesSomething = (v: z.infer<typeof personPatchSchema>) =>
  v.role !== undefined || v.unitIds !== undefined || v.status !== undefined;
export const updatePersonInputSchema = personPatchSchema.refine(changesSomething, {
  message: "Change at least one of role, units or status.",
});
export type UpdatePersonInput = z.infer<typeof updatePersonInputSchema>;

export const userIdParamsSchema = z.object({ id: idSchema });

/** The public invitation page: the token from the link, a name and a new password (typed twice). */
export const acceptInvitationInputSchema = z
  .object({
    token: z.string().min(20).max(200),
    name: userSchema.shape.name,
    password: passwordSchema,
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The passwords do not match" });
export type AcceptInvitationInput = z.infer<typeof acceptInvitationInputSchema>;

/** `{id}` of `/api/v1/api-tokens/{id}/revoke`. */
export const tokenIdParamsSchema = z.object({ id: idSchema });

/** The person page's form: the patch plus whose it is. */
export const updatePersonActionSchema = personPatchSchema
  .extend({ userId: idSchema })
  .refine(changesSomething, { message: "Change at least one of role, units or status." });
