/**
 * The placeholder in script-src that scripts/page-cache.mjs replaces with the inline scripts' hashes (the same
 * string is written there; tests/unit/page-cache.test.ts holds them equal).
 */
export const INLINE_HASHES_TOKEN = "'sidilan-inline-script-hashes'";

/**
 * Security headers for every response. Scripts never run inline without a proof: either a per-request nonce
 * (`{ nonce }`: pages rendered for one request, with 'strict-dynamic'), or, on pages served from the page cache
 * (`"hashes"`), the SHA-256 hashes of Next's own inline scripts, which scripts/page-cache.mjs puts in place of
 * INLINE_HASHES_TOKEN once the page is rendered; their chunks then load from 'self'.
 */
export function contentSecurityPolicy(
  scripts: { nonce: string } | "hashes",
  opts: { dev?: boolean; https?: boolean } = {},
): string {
  const proof = scripts === "hashes" ? INLINE_HASHES_TOKEN : `'nonce-${scripts.nonce}' 'strict-dynamic'`;
  const directives = [
    "default-src 'self'",
    `script-src 'self' ${proof}${opts.dev ? " 'unsafe-eval'" : ""}`,
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
};

/**
 * Cross-origin isolation of a document from the windows that opened it or that it opens: on every page
 * rendered for one request or one visitor (the forms a citizen types into, the login, everything with a
 * session) and on the API's files (a PDF opens as a document). It is left off the public pages that the page
 * cache answers to visitors without a session (lib/http/page-cache.ts): those are the same bytes for every
 * visitor, so there is nothing of a visitor's to keep from another window. On them it only cost time: a
 * browser must give such a document a new renderer process (a new browsing context group), which on the bare
 * Next page alone cost 2 to 8 Lighthouse points and 1.2 to 1.8 × its blocking time (docs/performance.md).
 * Public pages link with plain `<a href>` (the lint rule on public files), so every page is its own document
 * load and gets its own policy: a visitor who goes from a cached page to a form or to the login page gets a
 * new, isolated document.
 */
export const OPENER_POLICY: Record<string, string> = { "Cross-Origin-Opener-Policy": "same-origin" };

/**
 * Headers of the build's hashed scripts and stylesheets (`/_next/static/`). Framing, opener and permissions
 * policies apply to documents, which these never are, and the referrer policy is the browser's default one
 * (the stylesheet loads nothing from elsewhere); nosniff keeps a browser from running a chunk as anything but
 * its declared type. Together the four left out are ~230 bytes on each of the ten chunks a public page loads.
 */
export const BUILD_ASSET_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": STATIC_SECURITY_HEADERS["X-Content-Type-Options"],
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
