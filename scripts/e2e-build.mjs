// Build the production bundle the E2E suite runs against (`npm run build`, as a deployment does), unless
// E2E_SKIP_BUILD=1 (local iteration).
import { execSync } from "node:child_process";

if (process.env.E2E_SKIP_BUILD === "1") {
  console.log("[e2e] E2E_SKIP_BUILD=1: memakai build yang ada");
} else {
  execSync("npm run build", { stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
}
