import { z } from "zod";

/** Boolean-ish environment flag: "1", "true", "on", "yes" are true. */
const flag = (fallback: boolean) =>
  z
    .string()
    .optional()
    .transform((v) => (v === undefined || v === "" ? fallback : ["1", "true", "on", "yes"].includes(v.toLowerCase())));

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
    .refine((list) => list.every((e) => /^[0-9a-f:.]+(\/\d{1,3})?$/.test(e)), "TRUST_PROXY harus berisi alamat IP atau CIDR proksi, dipisah koma (mis. 127.0.0.1)");

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .string()
      .optional()
      .transform((v) => (v ? v : undefined))
      .refine((v) => !v || /^postgres(ql)?:\/\//.test(v), "DATABASE_URL harus berupa URL postgres://"),
    PGLITE_DIR: z.string().default("./.data"),
    DB_POOL_MAX: z.coerce.number().int().positive().default(10),
    AUTH_SECRET: z.string().min(32, "AUTH_SECRET minimal 32 karakter").optional(),
    APP_URL: z.url().default("http://localhost:3000"),
    SEED_DEMO: z.string().optional(),
    SMTP_URL: z.string().optional(),
    MAIL_FROM: z.string().default("Si Dilan DPRD Kota Balikpapan <no-reply@dprd.balikpapan.go.id>"),
    OUTBOX_WORKER: flag(true),
    LOGIN_MAX_PER_ACCOUNT: z.coerce.number().int().positive().default(5),
    LOGIN_MAX_PER_IP: z.coerce.number().int().positive().default(30),
    LOGIN_WINDOW_SECONDS: z.coerce.number().int().positive().default(900),
    IP_HASH_SALT: z.string().optional(),
    TRUST_PROXY: proxyList(),
  })
  .passthrough();

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

/** Validated environment, parsed once. Throws a readable message when a variable is wrong. */
export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Konfigurasi lingkungan tidak valid:\n${lines.join("\n")}`);
  }
  const value = parsed.data;
  if (value.NODE_ENV === "production" && !value.AUTH_SECRET && process.env.NEXT_PHASE !== "phase-production-build") {
    throw new Error(
      "AUTH_SECRET belum diatur. Di produksi, setel AUTH_SECRET (mis. `openssl rand -base64 33`) sebelum menjalankan Si Dilan.",
    );
  }
  cached = value;
  return value;
}

/** Whether demo accounts and demo records are seeded: always outside production, or on request. */
export function shouldSeedDemo(): boolean {
  const e = env();
  if (e.SEED_DEMO !== undefined && e.SEED_DEMO !== "") return ["1", "true", "on", "yes"].includes(e.SEED_DEMO.toLowerCase());
  return e.NODE_ENV !== "production";
}

/** For tests: forget the parsed environment so changed variables take effect. */
export function resetEnvCache(): void {
  cached = undefined;
}
