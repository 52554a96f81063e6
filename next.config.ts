import { createRequire } from "node:module";
import path from "node:path";
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

/**
 * use-intl's formatter for messages compiled ahead of time (icu-minify's form) in place of the one that parses
 * ICU strings as it formats: the parser (intl-messageformat, ~10 KB gzipped) leaves every page's JavaScript. The app
 * compiles its catalogs once per process (messages/formatter-catalogs.ts). This is what next-intl's
 * `experimental.messages.precompile` aliases, without its loader: our catalogs are read by scripts and tests too,
 * which keep the full formatter. A path, not the package subpath, so the alias cannot match its own target.
 */
const formatOnly = `./${path.relative(
  process.cwd(),
  createRequire(path.join(process.cwd(), "package.json")).resolve("use-intl/format-message/format-only"),
)}`;

const nextConfig: NextConfig = {
  output: "standalone",
  poweredByHeader: false,
  turbopack: { resolveAlias: { "use-intl/format-message": formatOnly } },
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
  // the embedded vector index's default directory (server/search/lancedb-backend.ts) is a path the tracer does
  // follow: without this, the standalone output (the container) carried this machine's local index files
  outputFileTracingExcludes: { "/*": ["./.data/**"] },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      ...unproxied.map((source) => ({ source, headers: [staticCsp] })),
    ];
  },
};

export default createNextIntlPlugin("./i18n/request.ts")(nextConfig);
