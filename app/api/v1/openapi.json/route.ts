import { NextResponse } from "next/server";
import { openApiDocument } from "@/server/http/openapi/document";

/**
 * Public, like the API's own description on any developer portal: it holds no data, only shapes. Built once
 * per process; clients may cache it for a few minutes.
 */
export function GET() {
  return NextResponse.json(openApiDocument(), { headers: { "cache-control": "public, max-age=300" } });
}
