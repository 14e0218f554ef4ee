import type { NextConfig } from "next";
import { MAX_MULTIPART_BODY_BYTES, PROXY_BODY_BYTES } from "./lib/attachments/limits";
import {
  API_CONTENT_SECURITY_POLICY,
  BUILD_ASSET_HEADERS,
  HSTS,
  OPENER_POLICY,
  STATIC_SECURITY_HEADERS,
} from "./lib/security/headers";

const nextConfig: NextConfig = {
  // PGlite ships WASM and data files: it must stay a plain Node dependency (see STACK-NOTES).
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "@react-pdf/renderer", "sharp", "postgres"],
  experimental: {
    // Forms post up to MAX_FILES files of MAX_FILE_BYTES; the proxy (proxy.ts) buffers every body and
    // silently cuts it at 10 MB unless told otherwise, which broke photos from phones.
    serverActions: { bodySizeLimit: MAX_MULTIPART_BODY_BYTES },
    proxyClientMaxBodySize: PROXY_BODY_BYTES,
  },
  poweredByHeader: false,
  // NEXT_OUTPUT=standalone builds a self-contained server; migrations and the PDF font travel with it.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  outputFileTracingIncludes: { "/**": ["./drizzle/**/*", "./lib/pdf/fonts/**/*"] },
  outputFileTracingExcludes: { "/**": ["./.data/**/*", "./.data-*/**/*", "./backups/**/*", "./tmp/**/*"] },
  // Static assets and the API skip the proxy (proxy.ts); they still get the request-independent security
  // headers, the API a static CSP and the opener policy (pages get theirs from the proxy), and HSTS when the
  // TLS proxy says the request came over HTTPS. The build's scripts and stylesheets get only nosniff: the
  // other headers act on documents, and a phone downloads ten chunks per page (see BUILD_ASSET_HEADERS).
  async headers() {
    const list = (h: Record<string, string>) => Object.entries(h).map(([key, value]) => ({ key, value }));
    return [
      { source: "/:path((?!_next/static/).*)", headers: list(STATIC_SECURITY_HEADERS) },
      { source: "/_next/static/:path*", headers: list(BUILD_ASSET_HEADERS) },
      {
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: API_CONTENT_SECURITY_POLICY }, ...list(OPENER_POLICY)],
      },
      {
        source: "/api/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "Strict-Transport-Security", value: HSTS }],
      },
    ];
  },
};

export default nextConfig;
