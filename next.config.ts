import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const isDev = process.env.NODE_ENV !== "production";

// Next inlines its bootstrap scripts, so script-src needs 'unsafe-inline' unless every page renders
// dynamically with a nonce; we keep static rendering and lock down everything else.
const csp = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: http://localhost:* https:",
  "font-src 'self'",
  `connect-src 'self' http://localhost:* https:${isDev ? " ws://localhost:*" : ""}`,
  "frame-ancestors 'none'",
  "form-action 'self'",
  "base-uri 'self'",
  "object-src 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: csp },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Permissions-Policy", value: "camera=(self), microphone=(), geolocation=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const nextConfig: NextConfig = {
  output: "standalone",
  poweredByHeader: false,
  // Pages live under several root layouts (localized and static), so unknown URLs need a 404 of their own.
  experimental: { globalNotFound: true },
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
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default createNextIntlPlugin("./i18n/request.ts")(nextConfig);
