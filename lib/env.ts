import { z } from "zod";

/**
 * The one place that reads `process.env` in app code (lib/, app/, components/, proxy.ts). Every
 * variable the app understands is in the schema below and documented in .env.example and
 * deploy/sidilan.env.example (a unit test keeps the three in step). ESLint forbids `process.env`
 * elsewhere in app code.
 */

const TRUE = ["1", "true", "on", "yes"];
const FALSE = ["0", "false", "off", "no"];

/** Boolean-ish environment flag: 1/true/on/yes or 0/false/off/no; empty or unset gives the fallback. */
const flag = (fallback: boolean) =>
  z
    .string()
    .optional()
    .refine(
      (v) => v === undefined || v === "" || [...TRUE, ...FALSE].includes(v.toLowerCase()),
      "harus 1/0, on/off, true/false atau yes/no",
    )
    .transform((v) => (v === undefined || v === "" ? fallback : TRUE.includes(v.toLowerCase())));

/**
 * TRUST_PROXY: the reverse proxies in front of the app, as addresses or CIDR ranges separated by
 * commas or spaces ("127.0.0.1", "10.0.0.0/8, ::1"). Empty, "0", "off", "false", "no": none (the
 * socket address is the client). "1", "on", "true", "yes": the loopback proxy (nginx on this host).
 */
const proxyList = () =>
  z
    .string()
    .optional()
    .transform((v) => {
      const s = (v ?? "").trim().toLowerCase();
      if (["", "0", "off", "false", "no"].includes(s)) return [] as string[];
      if (["1", "on", "true", "yes"].includes(s)) return ["127.0.0.1", "::1"];
      return s.split(/[\s,]+/).filter(Boolean);
    })
    .refine(
      (list) => list.every((e) => /^[0-9a-f:.]+(\/\d{1,3})?$/.test(e)),
      "TRUST_PROXY harus berisi alamat IP atau CIDR proksi, dipisah koma (mis. 127.0.0.1)",
    );

/** Optional flag without a default (undefined when unset or empty). */
const optionalFlag = () =>
  z
    .string()
    .optional()
    .refine(
      (v) => v === undefined || v === "" || [...TRUE, ...FALSE].includes(v.toLowerCase()),
      "harus 1/0, on/off, true/false atau yes/no",
    )
    .transform((v) => (v === undefined || v === "" ? undefined : TRUE.includes(v.toLowerCase())));

/** Whole number >= min; empty or unset gives the fallback. */
const int = (fallback: number, min = 0) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === "") return fallback;
      const n = Number(v);
      if (!Number.isInteger(n) || n < min) {
        ctx.addIssue({ code: "custom", message: `harus bilangan bulat >= ${min} (sekarang "${v}")` });
        return z.NEVER;
      }
      return n;
    });

/** Optional string: empty counts as unset. */
const str = () =>
  z
    .string()
    .optional()
    .transform((v) => (v ? v : undefined));

/** Optional secret of at least 32 characters (empty counts as unset). */
const secret = (name: string) => str().refine((v) => v === undefined || v.length >= 32, `${name} minimal 32 karakter`);

const postgresUrl = (name: string) =>
  str().refine((v) => !v || /^postgres(ql)?:\/\//.test(v), `${name} harus berupa URL postgres://`);

const shape = {
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Set by `next build` while it prerenders; secrets are not needed then. */
  NEXT_PHASE: str(),

  // Database
  DATABASE_URL: postgresUrl("DATABASE_URL"),
  MIGRATION_DATABASE_URL: postgresUrl("MIGRATION_DATABASE_URL"),
  DATABASE_RUNTIME_ROLE: str().refine(
    (v) => !v || /^[a-z_][a-z0-9_]*$/.test(v),
    "DATABASE_RUNTIME_ROLE harus nama peran PostgreSQL (huruf kecil, angka, _)",
  ),
  PGLITE_DIR: z.string().default("./.data"),
  DB_POOL_MAX: int(10, 1),
  MIGRATIONS_DIR: z.string().default("drizzle"),

  // Secrets
  AUTH_SECRET: secret("AUTH_SECRET"),
  SIGNING_KEY: secret("SIGNING_KEY"),
  DATA_ENCRYPTION_KEY: secret("DATA_ENCRYPTION_KEY"),
  IP_HASH_SALT: str(),
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: str(),

  // Site
  APP_URL: z
    .url("APP_URL harus berupa URL lengkap, mis. https://sidilan.example.go.id")
    .default("http://localhost:3000"),
  SITE_ADDRESS: z
    .string()
    .default("Jl. Jenderal Sudirman No. 1, Klandasan Ulu|Balikpapan Kota, Balikpapan 76112|Kalimantan Timur"),
  SITE_PHONE: z.string().default("(0542) 421000"),
  SITE_WHATSAPP: z.string().default("0811-5400-0000"),
  SITE_EMAIL: z.string().default("aspirasi@dprd.balikpapan.go.id"),

  // Demo data
  SEED_DEMO: optionalFlag(),
  DEMO_SITE: flag(false),

  // Sessions and login
  SESSION_IDLE_MINUTES: int(30, 1),
  SESSION_ABSOLUTE_HOURS: int(12, 1),
  REQUIRE_ADMIN_2FA: flag(false),
  LOGIN_MAX_PER_ACCOUNT: int(5, 1),
  LOGIN_MAX_PER_IP: int(30, 1),
  LOGIN_WINDOW_SECONDS: int(900, 1),
  TRUST_PROXY: proxyList(),

  // Outgoing messages
  SMTP_URL: str().refine((v) => !v || /^smtps?:\/\//.test(v), "SMTP_URL harus berupa URL smtp:// atau smtps://"),
  MAIL_FROM: z.string().default("Si Dilan DPRD Kota Balikpapan <no-reply@dprd.balikpapan.go.id>"),
  WHATSAPP_TOKEN: str(),
  WHATSAPP_PHONE_NUMBER_ID: str().refine((v) => !v || /^\d+$/.test(v), "WHATSAPP_PHONE_NUMBER_ID harus berupa angka"),
  WHATSAPP_API_BASE: z
    .url("WHATSAPP_API_BASE harus berupa URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  OUTBOX_WORKER: flag(true),

  // Inbound channels
  WHATSAPP_VERIFY_TOKEN: str(),
  WHATSAPP_APP_SECRET: str(),
  EMAIL_INBOUND_SECRET: str(),

  // Personal data retention
  RETENTION_ASPIRATION_CONTACT_DAYS: int(365),
  RETENTION_POKIR_CONTACT_DAYS: int(730),
  RETENTION_INTERVAL_HOURS: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === "") return 24;
      const n = Number(v);
      if (!Number.isFinite(n) || n < 0) {
        ctx.addIssue({ code: "custom", message: `harus angka >= 0 (sekarang "${v}")` });
        return z.NEVER;
      }
      return n;
    }),

  // Anti-spam on public forms
  PUBLIC_CHALLENGE: flag(true),
  ALTCHA_HMAC_KEY: str(),
  ALTCHA_MAX_NUMBER: int(50_000, 10),
  ALTCHA_TTL_SECONDS: int(600),
  ASPIRATION_RATE_LIMIT: int(5),
  ASPIRATION_NOSCRIPT_RATE_LIMIT: int(3),
  ASPIRATION_RATE_WINDOW_SECONDS: int(600),
  ASPIRATION_MIN_FILL_SECONDS: int(3),
  TRACK_RATE_LIMIT: int(60),

  // PDF and benchmarks
  PDF_FONT_DIR: z.string().default("lib/pdf/fonts"),
  MINUTES_PDF_WORKER: flag(true),
  BENCH_ROUTES: flag(false),
};

/** Variables Next.js or the runtime set themselves; not documented for operators. */
const RUNTIME_SET = ["NODE_ENV", "NEXT_PHASE"] as const;

/** Every variable the app reads, except those the runtime sets: each is documented in .env.example. */
export const ENV_KEYS: readonly string[] = Object.keys(shape).filter(
  (k) => !(RUNTIME_SET as readonly string[]).includes(k),
);

/** Secrets a production start cannot do without. */
export const REQUIRED_IN_PRODUCTION = ["AUTH_SECRET", "SIGNING_KEY"] as const;

const schema = z.object(shape);

/**
 * Production rules across variables, checked on the raw values so they are reported together with
 * any field error (zod skips object refinements once a field fails).
 */
function productionIssues(source: Record<string, string | undefined>): string[] {
  if (source.NODE_ENV !== "production" || source.NEXT_PHASE === "phase-production-build") return [];
  const out: string[] = [];
  const missing = REQUIRED_IN_PRODUCTION.filter((k) => !source[k]);
  if (missing.length) {
    out.push(
      `${missing.join(", ")}: belum diatur; wajib di produksi (>= 32 karakter, mis. \`openssl rand -base64 33\`); simpan cadangan SIGNING_KEY: tanpa kunci itu sertifikat penanda tangan tidak dapat dibuka`,
    );
  }
  const on = (v: string | undefined) => v !== undefined && TRUE.includes(v.toLowerCase());
  if (on(source.SEED_DEMO) && !on(source.DEMO_SITE)) {
    out.push(
      "SEED_DEMO: SEED_DEMO=1 di produksi membuat akun demo dengan kata sandi yang diketahui umum. Setel juga DEMO_SITE=1 bila ini memang situs demo; di instalasi sungguhan hapus SEED_DEMO",
    );
  }
  return out;
}

/** Variables that only work together: one without the other is a half-configured channel. */
function pairIssues(source: Record<string, string | undefined>): string[] {
  const pairs = [["WHATSAPP_TOKEN", "WHATSAPP_PHONE_NUMBER_ID"]] as const;
  return pairs
    .filter(([a, b]) => Boolean(source[a]) !== Boolean(source[b]))
    .map(([a, b]) => `${source[a] ? b : a}: belum diatur; ${a} dan ${b} harus diisi bersama (pengiriman WhatsApp)`);
}

export type Env = z.infer<typeof schema>;

/** Parse an environment (default: process.env); returns the value or one message listing every problem. */
export function parseEnv(
  source: Record<string, string | undefined> = process.env,
): { ok: true; env: Env } | { ok: false; message: string } {
  const parsed = schema.safeParse(source);
  const problems = [...productionIssues(source), ...pairIssues(source)];
  if (parsed.success && !problems.length) return { ok: true, env: parsed.data };
  const lines = [
    ...problems,
    ...(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".") || "(umum)"}: ${i.message}`)),
  ].map((l) => `  - ${l}`);
  return { ok: false, message: `Konfigurasi lingkungan tidak valid:\n${lines.join("\n")}` };
}

let cached: { key: string; value: Env; final: boolean } | undefined;

function fingerprint(): string {
  let s = "";
  for (const k of Object.keys(shape)) s += `${process.env[k] ?? "\u0000"}\u0001`;
  return s;
}

/**
 * Whether the environment, once parsed, is final: in a production server nothing changes it at run
 * time, while `next dev` reloads .env files and tests change variables on the fly. Reading every
 * variable to notice a change costs about 13 µs a call (process.env is slow to read), and a request
 * makes dozens of calls.
 */
function finalOnceParsed(): boolean {
  return process.env.NODE_ENV === "production" && !process.env.VITEST;
}

/**
 * Validated environment. A production server parses it once; elsewhere it is parsed again when one of
 * its variables changed (tests and `next dev` change them at run time). Throws one readable message
 * listing every problem.
 */
export function env(): Env {
  if (cached?.final) return cached.value;
  const key = fingerprint();
  if (cached?.key === key) return cached.value;
  const result = parseEnv(process.env);
  if (!result.ok) throw new Error(result.message);
  cached = { key, value: result.env, final: finalOnceParsed() };
  return result.env;
}

/** Whether demo accounts and demo records are seeded: always outside production, or on request. */
export function shouldSeedDemo(): boolean {
  const e = env();
  if (e.SEED_DEMO !== undefined) return e.SEED_DEMO;
  return e.NODE_ENV !== "production";
}

/** Public base URL without a trailing slash. */
export function appUrl(): string {
  return env().APP_URL.replace(/\/$/, "");
}

/** For tests: forget the parsed environment so changed variables take effect. */
export function resetEnvCache(): void {
  cached = undefined;
}
