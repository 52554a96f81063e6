import { z } from "zod";
import { ROLES } from "../roles";
import { emailSchema, idSchema, phoneSchema, timestampSchema } from "./common";

export const USER_STATUSES = ["invited", "active", "disabled"] as const;
export type UserStatus = (typeof USER_STATUSES)[number];
export const roleSchema = z.enum(ROLES);

/** A person with an account. Guests normally have none: they act through their reservation's check-in link. */
export const userSchema = z.object({
  id: idSchema,
  buildingId: idSchema,
  email: emailSchema,
  name: z.string().trim().min(1).max(120),
  phone: phoneSchema.nullable(),
  role: roleSchema,
  unitIds: z.array(idSchema),
  status: z.enum(USER_STATUSES),
  locale: z.string().min(2).max(20).nullable(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  lastLoginAt: timestampSchema.nullable(),
});
export type User = z.infer<typeof userSchema>;

/**
 * What is stored: the user plus the password hash and the session version (bumped to revoke every session
 * signed in before: sign out everywhere, password or email change). Never leaves server/db and server/auth.
 */
export type UserRecord = User & { passwordHash: string | null; sessionVersion?: number };

/** What leaves the service layer: no password hash, ever. */
export type UserDTO = User;
export function toUserDTO(u: User | UserRecord): UserDTO {
  const { passwordHash: _drop, ...rest } = u as UserRecord;
  return rest;
}

/** The shape of `GET /api/v1/me` (SPEC). */
export function toMeDTO(u: User) {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    buildingId: u.buildingId,
    unitIds: u.unitIds,
  };
}

/** `POST /api/v1/users/invitations` (managers only). */
export const inviteUserInputSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1).max(120).optional(),
  role: z.enum(["resident", "staff", "manager"]),
  unitIds: z.array(idSchema).max(50).default([]),
});
export type InviteUserInput = z.infer<typeof inviteUserInputSchema>;

export const updateUserInputSchema = z
  .object({
    name: userSchema.shape.name,
    phone: userSchema.shape.phone,
    role: roleSchema,
    unitIds: userSchema.shape.unitIds,
    status: z.enum(USER_STATUSES),
    locale: userSchema.shape.locale,
  })
  .partial();
export type UpdateUserInput = z.infer<typeof updateUserInputSchema>;

export const passwordSchema = z
  .string()
  .min(10, "Use at least 10 characters")
  .max(200, "That password is too long");

/** The invitation link holds a token; only its hash is stored (global lookup item). */
export type Invitation = {
  tokenHash: string;
  buildingId: string;
  userId: string;
  email: string;
  expiresAt: string;
  createdAt: string;
};
