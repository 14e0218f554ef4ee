// Build the production bundle the E2E suite runs against (`npm run build`, as a deployment does). A build
// made from the same inputs is reused (scripts/build-stamp.mjs: the source files, the .env files, the app's
// variables); E2E_FORCE_BUILD=1 builds anyway, and E2E_SKIP_BUILD=1 uses whatever build is there (local
// iteration).
import { execSync } from "node:child_process";
import { buildIsCurrent } from "./build-stamp.mjs";

if (process.env.E2E_SKIP_BUILD === "1") {
  console.log("[e2e] E2E_SKIP_BUILD=1: memakai build yang ada");
} else if (process.env.E2E_FORCE_BUILD !== "1" && buildIsCurrent()) {
  console.log("[e2e] build produksi sudah sesuai dengan kode dan konfigurasi saat ini: tidak dibangun ulang");
} else {
  execSync("npm run build", { stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
}
