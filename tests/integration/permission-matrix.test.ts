import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { ROLES, type Actor, type Role } from "@/lib/auth/roles";
import { roleCan, type Permission } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { actorFor, DEMO } from "../helpers/actors";

/**
 * Walks every server action (lib/**\/actions.ts) and every route handler (app/api/**\/route.ts):
 * called with no session and with each role the permission table refuses, each is refused and
 * writes nothing but the audit entry of the refusal.
 */

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({
  currentActor: async () => session.actor,
  sessionActor: async () => session.actor,
  actorFromRequest: async () => session.actor,
}));

/** Actions that are open to everyone by design, with the reason. */
const PUBLIC_ACTIONS: Record<string, string> = {
  "lib/auth/actions.ts#loginAction": "the login form itself",
  "lib/auth/actions.ts#logoutAction": "ends the caller's own session",
  "lib/users/actions.ts#setPasswordWithTokenAction":
    "one-time set-password link: the token is the credential, IP rate limit (users-onboarding.test.ts)",
};

/** Route handlers without a single role permission, with the reason (their services check scope). */
const PUBLIC_ROUTES: Record<string, string> = {
  "app/api/auth/[...nextauth]/route.ts#GET": "next-auth endpoints",
  "app/api/auth/[...nextauth]/route.ts#POST": "next-auth endpoints",
  "app/api/health/route.ts#GET": "load-balancer health",
  "app/api/peta/batas.svg/route.ts#GET": "public map geometry of the city's boundaries, no data (maps-sprite.test.ts)",
  "app/api/ready/route.ts#GET": "readiness",
  "app/api/v1/openapi.json/route.ts#GET": "public API description",
  "app/api/v1/lampiran/[id]/route.ts#GET": "owner's service decides; others get 404 (tested per service)",
  "app/api/v1/reses/laporan/[id]/pdf/route.ts#GET":
    "the reses service decides: the member who wrote it and staff; others 404 (reses-reports.test.ts)",
  "app/api/v1/risalah/route.ts#GET": "public list of published open-meeting minutes (minutes-api.test.ts)",
  "app/api/v1/risalah/[id]/pdf/route.ts#GET":
    "public for published open minutes, else scope check → 404 (minutes-api.test.ts)",
  "app/api/v1/verifikasi/route.ts#POST": "public verification of an uploaded PDF, rate-limited (minutes-api.test.ts)",
  "app/api/v1/verifikasi/ca/route.ts#GET": "the organisation CA certificate is public by nature",
  "app/api/v1/aspirasi/route.ts#POST":
    "public submission: ALTCHA + IP-hash rate limit, staff tokens log channels (aspirations-channels.test.ts)",
  "app/api/v1/aspirasi/[code]/route.ts#GET": "public tracking by code, no personal data (aspirations-channels.test.ts)",
  "app/api/v1/aspirasi/tantangan/route.ts#GET": "ALTCHA challenge for public forms",
  "app/api/v1/channels/whatsapp/route.ts#GET": "Meta handshake, checks the verify token (aspirations-channels.test.ts)",
  "app/api/v1/channels/whatsapp/route.ts#POST":
    "Meta webhook, checks X-Hub-Signature-256 (aspirations-channels.test.ts)",
  "app/api/v1/channels/email/route.ts#POST": "mail relay, checks the bearer secret (aspirations-channels.test.ts)",
  "app/api/bench/aspirasi-bare/route.ts#POST": "benchmark baseline, 404 unless BENCH_ROUTES=1",
  "app/api/bench/noop/route.ts#POST": "benchmark baseline, no data, 404 unless BENCH_ROUTES=1",
  "app/api/v1/anggota/route.ts#GET":
    "public member figures: aggregates only, no personal data (members.spec.ts, member-figures.test.ts)",
  "app/api/v1/anggota/[slug]/route.ts#GET": "public member figures by slug, unknown → 404 (members.spec.ts)",
  "app/api/v1/pokir/[kode]/route.ts#GET":
    "POK code: public timeline, rate-limited; UUID: session required, dapil scope → 404 (pokir-api.test.ts)",
};

type Meta = { permission: Permission; bound?: boolean };
type Fn = ((...args: unknown[]) => Promise<unknown>) & { meta?: Meta };

const actionModules = import.meta.glob(["/lib/**/*actions.ts", "/app/**/*actions.ts"], { eager: true }) as Record<
  string,
  Record<string, unknown>
>;
// Every module that declares "use server" (its exports are public POST endpoints), found by reading
// the sources, so a new action module cannot escape the matrix by its file name.
const sources = import.meta.glob(["/lib/**/*.ts", "/lib/**/*.tsx", "/app/**/*.ts", "/app/**/*.tsx"], {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;
const useServerModules = Object.entries(sources)
  .filter(([, src]) => /^(\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["']/.test(src))
  .map(([file]) => file)
  .sort();
/** How many "use server" modules the app has: change it when you add one, so the walk is checked. */
const USE_SERVER_MODULES = 16;
const routeModules = import.meta.glob("/app/api/**/route.ts", { eager: true }) as Record<
  string,
  Record<string, unknown>
>;

const IGNORED_TABLES = new Set(["audit_log", "rate_limits", "__drizzle_migrations"]);

async function tableCounts(): Promise<Record<string, number>> {
  const tables = (await db.execute(sql`select tablename from pg_tables where schemaname = 'public'`)) as unknown as
    { rows: { tablename: string }[] } | { tablename: string }[];
  const names = (Array.isArray(tables) ? tables : tables.rows)
    .map((r) => r.tablename)
    .filter((t) => !IGNORED_TABLES.has(t));
  const out: Record<string, number> = {};
  for (const t of names.sort()) {
    const r = (await db.execute(sql.raw(`select count(*)::int as n from "${t}"`))) as unknown as
      { rows: { n: number }[] } | { n: number }[];
    out[t] = (Array.isArray(r) ? r : r.rows)[0].n;
  }
  return out;
}

function junkForm(): FormData {
  const fd = new FormData();
  for (const k of ["title", "name", "email", "body", "id", "status", "note", "password", "active", "scope"])
    fd.set(k, "x");
  return fd;
}

const UUID = "00000000-0000-4000-8000-000000000001";
const paramsProxy = () => Promise.resolve(new Proxy({}, { get: (_t, k) => (k === "then" ? undefined : UUID) }));

let actors: Record<Exclude<Role, "public">, Actor>;
beforeAll(async () => {
  actors = {
    member: await actorFor(DEMO.memberDapil1),
    staff: await actorFor(DEMO.staff),
    admin: await actorFor(DEMO.admin),
  };
});

function refusedRoles(permission: Permission): Role[] {
  return ROLES.filter((r) => !roleCan(r, permission));
}

const actionCases = Object.entries(actionModules).flatMap(([file, mod]) =>
  Object.entries(mod)
    .filter(([, v]) => typeof v === "function")
    .map(([name, fn]) => ({ key: `${file.slice(1)}#${name}`, fn: fn as Fn })),
);

const routeCases = Object.entries(routeModules).flatMap(([file, mod]) =>
  Object.entries(mod)
    .filter(([k, v]) => typeof v === "function" && /^(GET|POST|PUT|PATCH|DELETE)$/.test(k))
    .map(([method, fn]) => ({ key: `${file.slice(1)}#${method}`, method, fn: fn as Fn })),
);

describe("permission matrix: server actions", () => {
  it('finds every "use server" module and walks each of them', () => {
    expect(useServerModules).toHaveLength(USE_SERVER_MODULES);
    expect(Object.keys(actionModules).sort()).toEqual(useServerModules);
    expect(actionCases.length).toBeGreaterThan(3);
  });

  for (const c of actionCases) {
    it(`${c.key} is wrapped with a permission or listed as public`, () => {
      expect(
        Boolean(c.fn.meta) || c.key in PUBLIC_ACTIONS,
        `${c.key}: use formAction/boundFormAction, or list it in PUBLIC_ACTIONS with a reason`,
      ).toBe(true);
    });
    if (!c.fn.meta) continue;
    const { permission, bound } = c.fn.meta;
    for (const role of refusedRoles(permission)) {
      it(`${c.key} (${permission}) refuses ${role} and writes nothing`, async () => {
        session.actor = role === "public" ? null : actors[role];
        const before = await tableCounts();
        const args = bound ? [UUID, { status: "idle" }, junkForm()] : [{ status: "idle" }, junkForm()];
        const result = (await c.fn(...args)) as { status: string; message?: string };
        expect(result.status).toBe("error");
        expect(result.message).toMatch(role === "public" ? /Silakan masuk/ : /tidak memiliki akses/);
        expect(await tableCounts()).toEqual(before);
      });
    }
  }
});

describe("permission matrix: route handlers", () => {
  for (const c of routeCases) {
    it(`${c.key} is protected or listed as public`, () => {
      expect(
        Boolean(c.fn.meta) || c.key in PUBLIC_ROUTES,
        `${c.key}: use protectedRoute, or list it in PUBLIC_ROUTES with a reason`,
      ).toBe(true);
    });
    if (!c.fn.meta) continue;
    const { permission } = c.fn.meta;
    for (const role of refusedRoles(permission)) {
      it(`${c.key} (${permission}) refuses ${role} and writes nothing`, async () => {
        session.actor = role === "public" ? null : actors[role];
        const before = await tableCounts();
        const init: RequestInit = { method: c.method, headers: { "content-type": "application/json" } };
        if (c.method !== "GET" && c.method !== "DELETE") init.body = JSON.stringify({ title: "x" });
        const res = (await c.fn(new Request(`http://localhost/${c.key}`, init), { params: paramsProxy() })) as Response;
        expect(res.status).toBe(role === "public" ? 401 : 403);
        const body = (await res.json()) as { error: { message: string } };
        expect(body.error.message).toMatch(/Silakan masuk|tidak memiliki akses/);
        expect(await tableCounts()).toEqual(before);
      });
    }
  }
});
