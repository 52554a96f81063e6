/**
 * The Content-Security-Policy, in one place. Pages get a policy with a fresh nonce per request (proxy.ts sets it
 * on the request, so Next puts it on its own scripts, and on the response); everything the proxy does not see
 * (route handlers, the service worker, static files) gets the nonce-less policy from next.config.ts.
 *
 * No 'unsafe-inline' for scripts: a script runs only with this request's nonce or when loaded by one that has
 * it ('strict-dynamic'). Images and uploads may reach this origin and the one S3 origin the presigned URLs
 * point at, never an arbitrary https: host (chat markdown renders no remote images either). `http://localhost:*`
 * and 'unsafe-eval' only in development (hot reload).
 *
 * Plain module (no server-only, no imports): next.config.ts loads it too.
 */

export type CspEnv = {
  NODE_ENV?: string;
  S3_ENDPOINT?: string;
  S3_BUCKET?: string;
  AWS_REGION?: string;
};

/**
 * Where the browser talks to S3: uploads (presigned POST) and presigned image URLs. With an endpoint (emulator,
 * MinIO) that endpoint's origin, addressed path-style; without one real S3, addressed virtual-hosted style.
 */
export function s3Origins(env: CspEnv): string[] {
  if (env.S3_ENDPOINT) {
    try {
      return [new URL(env.S3_ENDPOINT).origin];
    } catch {
      return [];
    }
  }
  const bucket = env.S3_BUCKET || "buildingos-local";
  const region = env.AWS_REGION || "us-east-1";
  return [`https://${bucket}.s3.${region}.amazonaws.com`, `https://${bucket}.s3.amazonaws.com`];
}

/**
 * The policy. `nonce` set: pages rendered per request. `nonce` null: responses without inline scripts (API,
 * service worker); `inlineScripts: true` only for pages prerendered at build time (no request, so no nonce:
 * see STATIC_PAGES), which carry no user data.
 */
export function contentSecurityPolicy(
  env: CspEnv,
  opts: { nonce: string | null; inlineScripts?: boolean } = { nonce: null },
): string {
  const dev = env.NODE_ENV !== "production";
  const s3 = s3Origins(env).join(" ");
  const script = opts.nonce
    ? `'self' 'nonce-${opts.nonce}' 'strict-dynamic'`
    : opts.inlineScripts
      ? "'self' 'unsafe-inline'"
      : "'self'";
  return [
    "default-src 'self'",
    `script-src ${script}${dev ? " 'unsafe-eval'" : ""}`,
    // Radix, sonner and Next's own style tags set inline styles; styles cannot run code
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${s3}${dev ? " http://localhost:*" : ""}`.trim(),
    "font-src 'self'",
    `connect-src 'self' ${s3}${dev ? " http://localhost:* ws://localhost:*" : ""}`.trim(),
    "worker-src 'self'",
    "manifest-src 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");
}

/** Pages prerendered at build time (`force-static`): their inline scripts cannot carry a per-request nonce. */
export const STATIC_PAGES: readonly string[] = ["/about"];

/** Two years, subdomains included; production only (a browser ignores it over plain HTTP anyway). */
export const HSTS = "max-age=63072000; includeSubDomains";
