import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite ships WASM and data files: it must stay a plain Node dependency (see STACK-NOTES).
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "@react-pdf/renderer", "sharp", "postgres"],
  experimental: {
    serverActions: { bodySizeLimit: "60mb" },
  },
  poweredByHeader: false,
};

export default nextConfig;
