import "server-only";
import { z } from "zod";
import { idSchema } from "@/lib/domain/common";
import { roleSchema } from "@/lib/domain/user";
import { defineOperations } from "../registry";

const meResponseSchema = z.object({
  user: z.object({
    id: idSchema.describe("The user's id, or the token's id for an API token."),
    email: z.string().nullable().describe("Null for an API token."),
    name: z.string().nullable().describe("The user's name, or the token's name."),
    role: roleSchema,
    buildingId: idSchema,
    unitIds: z.array(idSchema),
  }),
});

export const meOperations = defineOperations({
  getMe: {
    method: "get",
    path: "/api/v1/me",
    tag: "Me",
    summary: "Who the caller is: a person, a guest's stay or an API token",
    responses: { 200: { description: "The caller", schema: meResponseSchema } },
  },
});
