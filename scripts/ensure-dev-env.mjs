// Development convenience: make sure .env.local holds an AUTH_SECRET so `npm run dev` needs no setup.
// Production never uses this: there a missing AUTH_SECRET stops the start with a clear message.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, appendFileSync } from "node:fs";

const file = ".env.local";
const current = existsSync(file) ? readFileSync(file, "utf8") : "";
if (!process.env.AUTH_SECRET && !/^AUTH_SECRET=/m.test(current)) {
  const secret = randomBytes(33).toString("base64");
  appendFileSync(file, `${current && !current.endsWith("\n") ? "\n" : ""}# Generated for development by scripts/ensure-dev-env.mjs\nAUTH_SECRET=${secret}\n`);
  console.log("[si-dilan] AUTH_SECRET pengembangan dibuat di .env.local");
}
