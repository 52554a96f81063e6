import "server-only";
import { z } from "zod";
import { defineOperations } from "../registry";

export const openApiOperations = defineOperations({
  getOpenApiDocument: {
    method: "get",
    path: "/api/v1/openapi.json",
    tag: "Operations",
    summary: "This document (OpenAPI 3.1)",
    auth: "public",
    responses: { 200: { description: "The OpenAPI document", schema: z.record(z.string(), z.unknown()) } },
  },
});
