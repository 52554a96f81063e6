// every icon the server draws registers itself when this module loads
import "@/components/ui/server-icons";
import { spriteDocument, spriteVersion } from "@/components/ui/sprite-svg";

/**
 * The sprite the server's icons link to (components/ui/sprite-svg.tsx). Pages link it with its content hash, so
 * that link is kept for a year; any other `v` (a page from before a deploy) gets the current drawings, briefly.
 */
export function GET(request: Request): Response {
  const current = new URL(request.url).searchParams.get("v") === spriteVersion();
  return new Response(spriteDocument(), {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Cache-Control": current ? "public, max-age=31536000, immutable" : "public, max-age=300",
    },
  });
}
