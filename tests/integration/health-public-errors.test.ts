import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { GET as ready } from "@/app/api/ready/route";
import { bootState } from "@/lib/boot";
import { getDbHandle, setDbHandle } from "@/lib/db";
import { openPostgres } from "@/lib/db/open";
import type { DbHandle } from "@/lib/db/types";

/**
 * /api/health and /api/ready are public: when the database is down they say so in plain Indonesian
 * and keep the driver's detail (host, port, role, error codes, configuration hints) in the log.
 */
const SECRET_BITS = [
  /127\.0\.0\.1/,
  /:1\b/,
  /ECONNREFUSED/i,
  /sidilan_rahasia/,
  /rahasia-sandi/,
  /connect/i,
  /DATABASE_URL/,
  /postgres/i,
];

let saved: DbHandle;
let unreachable: DbHandle;
const logged: unknown[][] = [];

beforeEach(() => {
  saved = getDbHandle();
  // Nothing listens on port 1: every query fails with a driver error naming host and port.
  unreachable = openPostgres("postgres://sidilan_rahasia:rahasia-sandi@127.0.0.1:1/sidilan", 1);
  setDbHandle(unreachable);
  logged.length = 0;
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void logged.push(args));
});

afterEach(async () => {
  vi.restoreAllMocks();
  setDbHandle(saved);
  await unreachable.close().catch(() => {});
  bootState().ready = false;
  bootState().lastError = undefined;
});

async function body(res: Response) {
  expect(res.status).toBe(503);
  const text = await res.text();
  for (const re of SECRET_BITS) expect(text, `${re} in ${text}`).not.toMatch(re);
  return JSON.parse(text) as { status: string; reason: string };
}

describe("public health endpoints with the database down", () => {
  it("/api/health: 503 with a generic Indonesian reason; the detail goes to the server log", async () => {
    const b = await body(await health());
    expect(b).toMatchObject({ status: "error", db: "error", reason: "Basis data sedang tidak dapat dihubungi." });
    expect(JSON.stringify(logged)).toMatch(/basis data tidak dapat dihubungi/);
  });

  it("/api/ready after boot: same generic reason", async () => {
    bootState().ready = true;
    const b = await body(await ready());
    expect(b.reason).toBe("Basis data sedang tidak dapat dihubungi.");
  });

  it("/api/ready while boot keeps failing: the boot error (driver text, configuration hint) stays private", async () => {
    bootState().ready = false;
    bootState().lastError =
      "connect ECONNREFUSED 127.0.0.1:1 (DATABASE_URL postgres://sidilan_rahasia:rahasia-sandi@127.0.0.1:1)";
    const b = await body(await ready());
    expect(b).toEqual({ status: "starting", reason: "Layanan sedang dimulai." });
  });
});
