import "server-only";
import { pageQuerySchema } from "@/lib/domain/common";
import { userSchema } from "@/lib/domain/user";
import { defineOperations, pageOf } from "../registry";

export const userOperations = defineOperations({
  method: "get",
  path: "/api/v1/users",
  id: "listUsers",
  tag: "People",
  summary: "The people of the building",
  capability: "user.read",
  query: pageQuerySchema,
  responses: { 200: { description: "A page of people", schema: pageOf(userSchema) } },
});
