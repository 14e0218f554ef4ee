/*
 * `npm start` runs this first (package.json "prestart"): the configuration is checked before
 * `next start` prints "Ready", and a bad one stops the start with one message naming every problem.
 * lib/boot.ts checks again inside the server (for `next start` run directly).
 */
import nextEnv from "@next/env";
import { parseEnv } from "@/lib/env";

// `next start` always runs in production; read the same .env files it reads.
(process.env as Record<string, string | undefined>).NODE_ENV ??= "production";
nextEnv.loadEnvConfig(process.cwd());

const checked = parseEnv();
if (!checked.ok) {
  console.error(
    `[start] Si Dilan tidak dapat dimulai.\n${checked.message}\nLihat .env.example dan deploy/sidilan.env.example.`,
  );
  process.exit(1);
}
