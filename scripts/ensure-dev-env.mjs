// Development convenience: make sure .env.local holds an AUTH_SECRET and a SIGNING_KEY so `npm run dev`
// needs no setup. Production never uses this: there a missing secret stops the start with a clear message.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, appendFileSync } from "node:fs";

const file = ".env.local";
for (const name of ["AUTH_SECRET", "SIGNING_KEY"]) {
  const current = existsSync(file) ? readFileSync(file, "utf8") : "";
  if (!process.env[name] && !new RegExp(`^${name}=`, "m").test(current)) {
    const secret = randomBytes(33).toString("base64");
    appendFileSync(
      file,
      `${current && !current.endsWith("\n") ? "\n" : ""}# Generated for development by scripts/ensure-dev-env.mjs\n${name}=${secret}\n`,
    );
    console.log(`[si-dilan] ${name} pengembangan dibuat di .env.local`);
  }
}
