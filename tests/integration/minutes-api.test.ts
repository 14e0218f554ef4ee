import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { getMeetingDetail } from "@/lib/minutes/queries";
import { minutesOpenApi } from "@/lib/minutes/openapi";
import { publishMinutes } from "@/lib/minutes/workflow-transitions";
import { actorFor, DEMO } from "../helpers/actors";
import { plenaryWithDraft, signedMinutes } from "../helpers/minutes";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({
  currentActor: async () => session.actor,
  sessionActor: async () => session.actor,
  actorFromRequest: async () => session.actor,
}));

const list = await import("@/app/api/v1/risalah/route");
const pdf = await import("@/app/api/v1/risalah/[id]/pdf/route");
const verify = await import("@/app/api/v1/verifikasi/route");

let staff: Actor;
let open: { id: string; code: string; sha256: string };
let closed: { id: string; code: string };

const params = (id: string) => ({ params: Promise.resolve({ id }) });

beforeAll(async () => {
  staff = await actorFor(DEMO.staff);
  const secretary = await actorFor(DEMO.staff2);
  const chair = await actorFor(DEMO.ketua);
  const openId = await plenaryWithDraft(staff, chair, secretary, { title: "Rapat Paripurna Terbuka Uji API" });
  await signedMinutes(openId, staff, chair, secretary);
  await publishMinutes(staff, openId);
  const closedId = await plenaryWithDraft(staff, chair, secretary, {
    nature: "tertutup",
    title: "Rapat Tertutup Uji API",
  });
  await signedMinutes(closedId, staff, chair, secretary);
  const o = (await getMeetingDetail(staff, openId)).documents[0];
  const c = (await getMeetingDetail(staff, closedId)).documents[0];
  open = { id: o.id, code: o.code, sha256: o.sha256! };
  closed = { id: c.id, code: c.code };
});

describe("GET /api/v1/risalah", () => {
  it("lists published minutes of open meetings only, with filters", async () => {
    session.actor = null;
    const res = await list.GET(new Request("http://localhost/api/v1/risalah"), undefined);
    const body = (await res.json()) as { total: number; items: { code: string; pdfUrl: string }[] };
    expect(body.items.map((i) => i.code)).toEqual([open.code]);
    expect(body.items[0].pdfUrl).toMatch(new RegExp(`/api/v1/risalah/${open.id}/pdf$`));
    const none = await (
      await list.GET(new Request("http://localhost/api/v1/risalah?tahun=2019&q=%27%3B%20drop"), undefined)
    ).json();
    expect(none.total).toBe(0);
  });
});

describe("GET /api/v1/risalah/{id}/pdf", () => {
  it("serves the stored bytes with the SHA-256 as ETag, and 304 on a match", async () => {
    session.actor = null;
    const res = await pdf.GET(new Request(`http://localhost/x`), params(open.code));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("etag")).toBe(`"${open.sha256}"`);
    // Published minutes of an open meeting: proxies may keep them; the bytes never change.
    expect(res.headers.get("cache-control")).toBe("public, max-age=86400, immutable");
    const again = await pdf.GET(
      new Request(`http://localhost/x`, { headers: { "if-none-match": `W/"x", "${open.sha256}"` } }),
      params(open.id),
    );
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(`"${open.sha256}"`);
    expect(await again.text()).toBe("");
  });

  it("a closed meeting's minutes are never kept by a shared cache", async () => {
    session.actor = staff;
    const res = await pdf.GET(new Request("http://localhost/x"), params(closed.id));
    expect(res.headers.get("cache-control")).toMatch(/^private/);
  });

  it("a closed meeting's minutes are a 404 publicly and for members outside it, but staff can download them", async () => {
    session.actor = null;
    expect((await pdf.GET(new Request("http://localhost/x"), params(closed.id))).status).toBe(404);
    expect((await pdf.GET(new Request("http://localhost/x"), params(closed.code))).status).toBe(404);
    session.actor = staff;
    expect((await pdf.GET(new Request("http://localhost/x"), params(closed.id))).status).toBe(200);
    session.actor = null;
    expect((await pdf.GET(new Request("http://localhost/x"), params("'; select 1; --"))).status).toBe(404);
  });
});

describe("POST /api/v1/verifikasi", () => {
  const upload = (bytes: Uint8Array, extra: Record<string, string> = {}) => {
    const fd = new FormData();
    fd.set("berkas", new File([Buffer.from(bytes)], "risalah.pdf", { type: "application/pdf" }));
    for (const [k, v] of Object.entries(extra)) fd.set(k, v);
    return verify.POST(
      new Request("http://localhost/api/v1/verifikasi", {
        method: "POST",
        body: fd,
        headers: { "x-forwarded-for": "203.0.113.9" },
      }),
      undefined,
    );
  };

  it("answers 'Dokumen asli' for the downloaded file and 'Tidak cocok' with reasons for a changed one", async () => {
    session.actor = null;
    const bytes = new Uint8Array(
      await (await pdf.GET(new Request("http://localhost/x"), params(open.id))).arrayBuffer(),
    );
    const ok = await (await upload(bytes)).json();
    expect(ok).toMatchObject({ verdict: "asli", label: "Dokumen asli", reasons: [] });
    expect(ok.document.signatures).toHaveLength(2);
    const changed = bytes.slice();
    changed[2000] ^= 1;
    const bad = await (await upload(changed, { kode: open.code })).json();
    expect(bad.label).toBe("Tidak cocok");
    expect(bad.reasons.length).toBeGreaterThan(0);
    const raw = await verify.POST(
      new Request(`http://localhost/api/v1/verifikasi?kode=${open.code}`, {
        method: "POST",
        body: Buffer.from(bytes),
        headers: { "content-type": "application/pdf" },
      }),
      undefined,
    );
    expect((await raw.json()).verdict).toBe("asli");
  });

  it("a closed meeting's signed file does not verify publicly (no existence leak)", async () => {
    session.actor = staff;
    const bytes = new Uint8Array(
      await (await pdf.GET(new Request("http://localhost/x"), params(closed.id))).arrayBuffer(),
    );
    session.actor = null;
    const res = await (await upload(bytes)).json();
    expect(res.verdict).toBe("tidak_cocok");
    expect(res.document).toBeNull();
    session.actor = staff;
    expect((await (await upload(bytes)).json()).verdict).toBe("asli");
  });

  it("refuses non-PDFs, huge bodies, missing files and wrong content types with 4xx and Indonesian messages", async () => {
    session.actor = null;
    const gif = await upload(new TextEncoder().encode("GIF89a<script>alert(1)</script>"));
    expect(gif.status).toBe(415);
    expect((await gif.json()).error.message).toMatch(/bukan PDF/);
    const huge = await verify.POST(
      new Request("http://localhost/api/v1/verifikasi", {
        method: "POST",
        body: "x",
        headers: { "content-type": "application/pdf", "content-length": String(50 * 1024 * 1024) },
      }),
      undefined,
    );
    expect(huge.status).toBe(413);
    const empty = await verify.POST(
      new Request("http://localhost/api/v1/verifikasi", { method: "POST", body: new FormData() }),
      undefined,
    );
    expect(empty.status).toBe(422);
    const json = await verify.POST(
      new Request("http://localhost/api/v1/verifikasi", {
        method: "POST",
        body: "{}",
        headers: { "content-type": "application/json" },
      }),
      undefined,
    );
    expect(json.status).toBe(415);
  });
});

describe("OpenAPI", () => {
  it("documents the e-Risalah endpoints (the CA certificate download too)", () => {
    expect(Object.keys(minutesOpenApi.paths)).toEqual([
      "/api/v1/risalah",
      "/api/v1/risalah/{id}/pdf",
      "/api/v1/verifikasi/ca",
      "/api/v1/verifikasi",
    ]);
  });
});
