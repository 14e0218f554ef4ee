/** Security headers for every response; the CSP uses a per-request nonce (no inline scripts allowed). */

export function contentSecurityPolicy(nonce: string, opts: { dev?: boolean; https?: boolean } = {}): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes are used by React components; scripts stay nonce-only.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    // The ALTCHA proof-of-work runs in a Web Worker created from a blob.
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "manifest-src 'self'",
  ];
  if (opts.https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/**
 * The CSP of the API's responses (JSON, PDF, files): they run no script and load nothing. Static, so the
 * API skips the proxy (next.config.ts sets it).
 */
export const API_CONTENT_SECURITY_POLICY =
  "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Headers that do not depend on the request. */
export const STATIC_SECURITY_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Permissions-Policy": "camera=(), microphone=(), payment=(), usb=(), interest-cohort=(), geolocation=(self)",
  "Cross-Origin-Opener-Policy": "same-origin",
};

/** HSTS only when the request reached us over HTTPS (directly or through the TLS proxy). */
export function isHttps(url: string, headers: Headers): boolean {
  return url.startsWith("https:") || headers.get("x-forwarded-proto")?.split(",")[0].trim() === "https";
}

export const HSTS = "max-age=31536000; includeSubDomains";

/** A fresh nonce for one response. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString("base64");
}
