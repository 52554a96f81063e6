import { NextResponse } from "next/server";
import { openApiDocument } from "@/server/http/openapi/document";
import { openApiOperations } from "@/server/http/openapi/resources/openapi";
import { publicRoute } from "@/server/http/route";

/**
 * Public, like the API's own description on any developer portal: it holds no data, only shapes. Built once
 * per process; clients may cache it for a few minutes.
 */
export const GET = publicRoute(openApiOperations.getOpenApiDocument, () =>
  NextResponse.json(openApiDocument(), { headers: { "cache-control": "public, max-age=300" } }),
);
