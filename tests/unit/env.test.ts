import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { ENV_KEYS, env, parseEnv, resetEnvCache } from "@/lib/env";

const KEY = "k".repeat(40);
const prod = (extra: Record<string, string> = {}) => ({
  NODE_ENV: "production",
  AUTH_SECRET: KEY,
  SIGNING_KEY: KEY,
  ...extra,
});

function errorOf(source: Record<string, string | undefined>): string {
  const r = parseEnv(source);
  if (r.ok) throw new Error("expected an invalid configuration");
  return r.message;
}

describe("environment validation (lib/env.ts)", () => {
  it("a production start without secrets fails with ONE message naming every missing secret", () => {
    const msg = errorOf({ NODE_ENV: "production" });
    expect(msg).toMatch(/^Konfigurasi lingkungan tidak valid:/);
    expect(msg).toContain("AUTH_SECRET");
    expect(msg).toContain("SIGNING_KEY");
    expect(msg.split("\n").filter((l) => l.startsWith("  - "))).toHaveLength(1);
    expect(errorOf({ NODE_ENV: "production", AUTH_SECRET: KEY })).toMatch(/SIGNING_KEY: belum diatur/);
    expect(parseEnv(prod()).ok).toBe(true);
  });

  it("secrets are not needed while `next build` prerenders, nor outside production", () => {
    expect(parseEnv({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" }).ok).toBe(true);
    expect(parseEnv({ NODE_ENV: "development" }).ok).toBe(true);
  });

  it("refuses SEED_DEMO=1 in production unless DEMO_SITE=1 says this is a demo site", () => {
    expect(errorOf(prod({ SEED_DEMO: "1" }))).toMatch(/SEED_DEMO: .*DEMO_SITE=1/);
    expect(errorOf(prod({ SEED_DEMO: "true", DEMO_SITE: "0" }))).toMatch(/SEED_DEMO/);
    const demo = parseEnv(prod({ SEED_DEMO: "1", DEMO_SITE: "1" }));
    expect(demo.ok && demo.env.SEED_DEMO).toBe(true);
    expect(parseEnv(prod({ SEED_DEMO: "0" })).ok).toBe(true);
    expect(parseEnv({ NODE_ENV: "development", SEED_DEMO: "1" }).ok).toBe(true);
  });

  it("lists every problem at once: missing secrets, demo data and bad values together", () => {
    const msg = errorOf({ NODE_ENV: "production", SEED_DEMO: "1", SESSION_IDLE_MINUTES: "setengah jam" });
    expect(msg).toContain("AUTH_SECRET, SIGNING_KEY");
    expect(msg).toContain("SEED_DEMO");
    expect(msg).toContain("SESSION_IDLE_MINUTES");
  });

  it("rejects bad session, 2FA, retention, channel, SMTP and proxy settings", () => {
    for (const [name, value] of [
      ["SESSION_IDLE_MINUTES", "abc"],
      ["SESSION_IDLE_MINUTES", "0"],
      ["SESSION_ABSOLUTE_HOURS", "1.5"],
      ["REQUIRE_ADMIN_2FA", "ya"],
      ["RETENTION_ASPIRATION_CONTACT_DAYS", "-1"],
      ["RETENTION_POKIR_CONTACT_DAYS", "dua tahun"],
      ["RETENTION_INTERVAL_HOURS", "x"],
      ["WHATSAPP_PHONE_NUMBER_ID", "+62 811"],
      ["WHATSAPP_API_BASE", "graph.facebook.com"],
      ["SMTP_URL", "mail.balikpapan.go.id"],
      ["TRUST_PROXY", "maybe"],
      ["AUTH_SECRET", "pendek"],
      ["DATABASE_URL", "mysql://x"],
      ["APP_URL", "sidilan"],
    ] as const) {
      expect(errorOf({ NODE_ENV: "development", [name]: value }), `${name}=${value}`).toContain(name);
    }
  });

  it("WHATSAPP_TOKEN without WHATSAPP_PHONE_NUMBER_ID (or the reverse) is a half-configured channel", () => {
    expect(errorOf({ NODE_ENV: "development", WHATSAPP_TOKEN: "EAAG-token" })).toMatch(
      /WHATSAPP_PHONE_NUMBER_ID: belum diatur/,
    );
    expect(errorOf({ NODE_ENV: "development", WHATSAPP_PHONE_NUMBER_ID: "1234567890" })).toMatch(
      /WHATSAPP_TOKEN: belum diatur/,
    );
    expect(
      parseEnv({ NODE_ENV: "development", WHATSAPP_TOKEN: "EAAG-token", WHATSAPP_PHONE_NUMBER_ID: "1234567890" }).ok,
    ).toBe(true);
  });

  it("reads valid values with their types and defaults", () => {
    const r = parseEnv({
      NODE_ENV: "development",
      SESSION_IDLE_MINUTES: "15",
      REQUIRE_ADMIN_2FA: "on",
      RETENTION_INTERVAL_HOURS: "0.5",
      TRUST_PROXY: "",
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.env.SESSION_IDLE_MINUTES).toBe(15);
    expect(r.env.SESSION_ABSOLUTE_HOURS).toBe(12);
    expect(r.env.REQUIRE_ADMIN_2FA).toBe(true);
    expect(r.env.RETENTION_INTERVAL_HOURS).toBe(0.5);
    expect(r.env.TRUST_PROXY).toEqual([]);
    expect(r.env.RETENTION_ASPIRATION_CONTACT_DAYS).toBe(365);
  });
});

/** Names assigned (or shown commented out as `# NAME=`) in an env example file. */
function documented(file: string): string[] {
  return [
    ...new Set([...readFileSync(file, "utf8").matchAll(/^(?:#\s*)?([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1])),
  ].sort();
}

describe("every variable is documented", () => {
  for (const file of [".env.example", "deploy/sidilan.env.example"]) {
    it(`${file} lists exactly the variables of the lib/env.ts schema`, () => {
      expect(documented(file)).toEqual([...ENV_KEYS].sort());
    });
  }

  it("deploy/sidilan.env.example loads with `set -a; . FILE; set +a` (README Production step 3) to its plain values", () => {
    // Values with spaces, `<`, `|` or `(` must be double-quoted: the shell would run or reject them,
    // and systemd's EnvironmentFile strips the same quotes.
    const out = execFileSync("bash", ["-c", "set -a; . deploy/sidilan.env.example; set +a; env -0"], {
      encoding: "utf8",
      env: { PATH: process.env.PATH } as unknown as NodeJS.ProcessEnv,
    });
    const loaded = new Map(
      out
        .split("\0")
        .filter(Boolean)
        .map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]),
    );
    for (const [, key, raw] of readFileSync("deploy/sidilan.env.example", "utf8").matchAll(
      /^([A-Z][A-Z0-9_]*)=(.*)$/gm,
    )) {
      expect(loaded.get(key), key).toBe(raw.replace(/^"(.*)"$/, "$1"));
    }
  });

  it("the README configuration section points to both files", () => {
    const readme = readFileSync("README.md", "utf8");
    expect(readme).toContain(".env.example");
    expect(readme).toContain("deploy/sidilan.env.example");
  });
});

describe("process.env is read only in lib/env.ts", () => {
  it("no app file (lib/, app/, components/, proxy.ts) reads process.env elsewhere", () => {
    let out = "";
    try {
      out = execFileSync(
        "grep",
        ["-rn", "--include=*.ts", "--include=*.tsx", "process\\.env", "lib", "app", "components", "proxy.ts"],
        { encoding: "utf8" },
      );
    } catch (e) {
      // grep exits 1 when nothing matches
      if ((e as { status?: number }).status !== 1) throw e;
    }
    const offenders = out.split("\n").filter((l) => l && !l.startsWith("lib/env.ts:"));
    expect(offenders).toEqual([]);
  });

  it("instrumentation.ts reads only NEXT_RUNTIME (replaced by Next at compile time)", () => {
    const reads = [...readFileSync("instrumentation.ts", "utf8").matchAll(/process\.env\.([A-Z_]+)/g)].map((m) => m[1]);
    expect(reads).toEqual(["NEXT_RUNTIME"]);
  });
});

describe("env(): when the environment is read again", () => {
  const names = ["NODE_ENV", "VITEST", "AUTH_SECRET", "SIGNING_KEY", "TRACK_RATE_LIMIT"] as const;
  const saved = Object.fromEntries(names.map((n) => [n, process.env[n]]));
  const vars = process.env as Record<string, string | undefined>;
  afterEach(() => {
    for (const n of names) {
      if (saved[n] === undefined) delete vars[n];
      else vars[n] = saved[n];
    }
    resetEnvCache();
  });

  it("outside a production server, a changed variable is seen on the next call", () => {
    resetEnvCache();
    vars.TRACK_RATE_LIMIT = "7";
    expect(env().TRACK_RATE_LIMIT).toBe(7);
    vars.TRACK_RATE_LIMIT = "9";
    expect(env().TRACK_RATE_LIMIT).toBe(9);
  });

  it("a production server parses it once (nothing changes it at run time), until resetEnvCache", () => {
    Object.assign(vars, { NODE_ENV: "production", AUTH_SECRET: KEY, SIGNING_KEY: KEY, TRACK_RATE_LIMIT: "7" });
    delete vars.VITEST;
    resetEnvCache();
    expect(env().TRACK_RATE_LIMIT).toBe(7);
    vars.TRACK_RATE_LIMIT = "9";
    expect(env().TRACK_RATE_LIMIT).toBe(7);
    resetEnvCache();
    expect(env().TRACK_RATE_LIMIT).toBe(9);
  });
});
