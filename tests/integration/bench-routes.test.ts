import { afterEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { POST as insertRoute } from "@/app/api/bench/aspirasi-bare/route";
import { POST as noopRoute } from "@/app/api/bench/noop/route";
import { db } from "@/lib/db";
import { aspirations } from "@/lib/db/schema";
import { resetEnvCache } from "@/lib/env";

/** The benchmark's baseline routes exist only when BENCH_ROUTES=1 says so; elsewhere they are a 404. */
const post = (body: unknown) =>
  new Request("http://localhost/api/bench", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

const withFlag = (value: string | undefined) => {
  if (value === undefined) delete process.env.BENCH_ROUTES;
  else process.env.BENCH_ROUTES = value;
  resetEnvCache();
};

afterEach(() => withFlag(undefined));

describe("benchmark routes", () => {
  it("answer 404 in Indonesian and store nothing without BENCH_ROUTES", async () => {
    withFlag(undefined);
    const title = `Tanpa bendera ${Date.now()}`;
    for (const handler of [noopRoute, insertRoute]) {
      const res = await handler(post({ title, body: "isi" }), undefined as never);
      expect(res.status).toBe(404);
      const json = (await res.json()) as { error: { code: string; message: string } };
      expect(json.error.code).toBe("not_found");
      expect(json.error.message).toMatch(/tidak ditemukan/i);
    }
    expect(await db.select().from(aspirations).where(eq(aspirations.title, title))).toHaveLength(0);
  });

  it("with BENCH_ROUTES=1: the no-op route answers 201 without a row, the insert route stores one", async () => {
    withFlag("1");
    const title = `Dengan bendera ${Date.now()}`;
    const noop = await noopRoute(post({ title }), undefined as never);
    expect(noop.status).toBe(201);
    expect(await noop.json()).toEqual({ title });
    expect(await db.select().from(aspirations).where(eq(aspirations.title, title))).toHaveLength(0);

    const inserted = await insertRoute(post({ title, body: "isi" }), undefined as never);
    expect(inserted.status).toBe(201);
    const { trackingCode } = (await inserted.json()) as { trackingCode: string };
    const rows = await db.select().from(aspirations).where(eq(aspirations.title, title));
    expect(rows.map((r) => r.trackingCode)).toEqual([trackingCode]);
  });

  it("with BENCH_ROUTES=1, a body that is not JSON is a 400 in Indonesian on both", async () => {
    withFlag("1");
    for (const handler of [noopRoute, insertRoute]) {
      const bad = new Request("http://localhost/api/bench", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "{bukan json",
      });
      const res = await handler(bad, undefined as never);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { message: string } }).error.message).toBe(
        "Isi permintaan bukan JSON yang valid.",
      );
    }
  });
});
