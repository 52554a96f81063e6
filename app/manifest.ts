import type { MetadataRoute } from "next";
import { BACKGROUND_COLOR, BRAND_COLOR } from "@/lib/brand";

/**
 * The web app manifest (served at /manifest.webmanifest): residents and staff install the portal from it.
 * It starts at the root, which sends each person to their role's home (guests to their stay).
 */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/",
    name: "BuildingOS",
    short_name: "BuildingOS",
    description: "Your building: stays, maintenance, devices and the concierge.",
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: BACKGROUND_COLOR,
    theme_color: BRAND_COLOR,
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
