import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config";
import { MAX_ASPIRATION_BODY } from "@/lib/aspirations/api";
import { MAX_EMAIL_BYTES } from "@/lib/aspirations/channels/email";
import { MAX_API_BODY } from "@/lib/letters/api";
import { VERIFY_MAX_BYTES } from "@/lib/minutes/schema";
import { MAX_POKIR_BODY } from "@/lib/pokir/api";

// Next parses serverActions.bodySizeLimit with its bundled `bytes`; use the same parser.
const bytes = createRequire(import.meta.url)("next/dist/compiled/bytes") as { parse(v: string | number): number | null };

/** nginx size syntax: a number with an optional k/m/g suffix (powers of 1024). */
function nginxSize(value: string): number {
  const m = /^(\d+)([kKmMgG]?)$/.exec(value);
  if (!m) throw new Error(`unreadable nginx size: ${value}`);
  const unit = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2].toLowerCase() as "" | "k" | "m" | "g"];
  return Number(m[1]) * unit;
}

/** Every client_max_body_size in the deployed site file. */
function nginxBodyLimits(): number[] {
  const conf = readFileSync(new URL("../../deploy/nginx.conf", import.meta.url), "utf8");
  const values = [...conf.matchAll(/^\s*client_max_body_size\s+(\S+?);/gm)].map((m) => nginxSize(m[1]));
  return values;
}

describe("nginx client_max_body_size vs the app's body limits", () => {
  const serverActionLimit = bytes.parse(nextConfig.experimental?.serverActions?.bodySizeLimit ?? "1mb");
  const appLimits: Record<string, number> = {
    "serverActions.bodySizeLimit": serverActionLimit ?? 0,
    MAX_API_BODY,
    MAX_ASPIRATION_BODY,
    MAX_POKIR_BODY,
    MAX_EMAIL_BYTES,
    VERIFY_MAX_BYTES,
  };

  it("parses nginx sizes the way nginx does", () => {
    expect(nginxSize("70m")).toBe(73_400_320);
    expect(nginxSize("512k")).toBe(524_288);
    expect(nginxSize("100")).toBe(100);
  });

  it("lets through the largest body any endpoint accepts, so the app (not nginx) answers with its Indonesian 413", () => {
    const limits = nginxBodyLimits();
    expect(limits.length).toBeGreaterThan(0);
    const largest = Math.max(...Object.values(appLimits));
    expect(largest).toBeGreaterThan(1024 * 1024);
    for (const limit of limits) {
      for (const [name, value] of Object.entries(appLimits)) {
        expect(limit, `client_max_body_size (${limit} bytes) < ${name} (${value} bytes)`).toBeGreaterThanOrEqual(value);
      }
    }
  });
});
