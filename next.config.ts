import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { contentSecurityPolicy, HSTS } from "./lib/csp";

// Loaded by Next's CLI before the app, so it reads process.env directly (not server/config.ts, a server-only
// module); NODE_ENV, S3_*, AWS_REGION are declared there and validated when the server starts.
const isProd = process.env.NODE_ENV === "production";

// Pages get their policy, with a per-request nonce, from proxy.ts; this nonce-less one covers what the proxy does
// not see (route handlers, the service worker script, static files). Both come from lib/csp.ts.
const securityHeaders = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Permissions-Policy", value: "camera=(self), microphone=(), geolocation=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ...(isProd ? [{ key: "Strict-Transport-Security", value: HSTS }] : []),
];
const staticCsp = {
  key: "Content-Security-Policy",
  value: contentSecurityPolicy(process.env, { nonce: null }),
};
/** The proxy's matcher (proxy.ts) leaves these out; every other path is a page and gets its CSP there. */
const unproxied = [
  "/api/:path*",
  "/_next/:path*",
  "/favicon.ico",
  "/icons/:path*",
  "/manifest.webmanifest",
  "/sw.js",
];

const nextConfig: NextConfig = {
  output: "standalone",
  poweredByHeader: false,
  experimental: {
    // Pages live under several root layouts (localized and static), so unknown URLs need a 404 of their own.
    globalNotFound: true,
    // Next's default, said out loud: a server action's body is refused above 1 MB (files go to S3 directly)
    serverActions: { bodySizeLimit: "1mb" },
  },
  // pdf-parse loads pdf.js (and its worker module) at run time: bundling it breaks the fake worker in Node.
  serverExternalPackages: [
    "mqtt",
    "aedes",
    "s3rver",
    "@lancedb/lancedb",
    "apache-arrow",
    "pdf-parse",
    "pdfjs-dist",
  ],
  // pdf.js imports its worker module at run time by a path the tracer cannot follow: the standalone output (the
  // container) needs it too, or PDF text extraction fails there ("Setting up fake worker failed")
  outputFileTracingIncludes: { "/*": ["./node_modules/pdfjs-dist/legacy/build/pdf.worker.mjs"] },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      ...unproxied.map((source) => ({ source, headers: [staticCsp] })),
    ];
  },
};

export default createNextIntlPlugin("./i18n/request.ts")(nextConfig);
