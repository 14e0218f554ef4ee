import { randomUUID } from "node:crypto";
import { solveChallenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/sha";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { aspirations, pokirPeriods, pokirProposals } from "@/lib/db/schema";
import { countUnread, listInbox, markInboxRead } from "@/lib/inbox/service";
import { verifyProposal } from "@/lib/pokir/staff";
import { submitPublicProposal } from "@/lib/pokir/submit";
import { actorFor, DEMO } from "../helpers/actors";
import { kelurahanInDapil, openTestPeriod, photo, proposalInput } from "../helpers/pokir";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({
  currentActor: async () => session.actor,
  sessionActor: async () => session.actor,
  actorFromRequest: async () => session.actor,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

process.env.ALTCHA_MAX_NUMBER = "200";

/** An ALTCHA proof solved in-process, as an anonymous API caller sends it. */
async function solvedPayload(): Promise<string> {
  const { GET } = await import("@/app/api/v1/aspirasi/tantangan/route");
  const challenge = await (
    await GET(new Request("http://localhost/api/v1/aspirasi/tantangan"), { params: Promise.resolve({}) })
  ).json();
  const solution = await solveChallenge({ challenge, deriveKey });
  return Buffer.from(JSON.stringify({ challenge, solution })).toString("base64");
}

let staff: Actor, m1: Actor, m2: Actor;
let kel1: number, kel2: number;

async function aspiration(over: Partial<typeof aspirations.$inferInsert>) {
  const id = randomUUID();
  await db.insert(aspirations).values({
    id,
    trackingCode: `ASP-T${id.slice(0, 3).toUpperCase()}-${id.slice(4, 8).toUpperCase()}`,
    title: "Aspirasi uji",
    body: "Isi aspirasi uji coba",
    categoryId: 1,
    status: "diverifikasi",
    ...over,
  });
  return id;
}

beforeAll(async () => {
  [staff, m1, m2] = await Promise.all([actorFor(DEMO.staff), actorFor(DEMO.memberDapil1), actorFor(DEMO.memberDapil2)]);
  kel1 = await kelurahanInDapil(1);
  kel2 = await kelurahanInDapil(2);
  await openTestPeriod();
});

describe("member inbox", () => {
  it("applies the shared visibility rule to aspirations and the verified-or-later rule to pokir", async () => {
    const inDapil = await aspiration({
      dapilId: m1.dapilId,
      routedToDapil: true,
      kelurahanId: kel1,
      title: "Jalan berlubang di depan sekolah",
    });
    const notRouted = await aspiration({ dapilId: m1.dapilId, routedToDapil: false });
    const fresh = await aspiration({ dapilId: m1.dapilId, routedToDapil: true, status: "diterima" });
    const komisi = await aspiration({ dapilId: m2.dapilId, routedToDapil: true, routedKomisiId: m1.komisiId });
    const otherDapil = await aspiration({ dapilId: m2.dapilId, routedToDapil: true });
    const p = await submitPublicProposal(null, proposalInput(kel1, { title: "Pembangunan posyandu Kelurahan uji" }), [
      await photo(),
    ]);
    const pending = await submitPublicProposal(null, proposalInput(kel1), [await photo()]);
    await verifyProposal(staff, p.id);
    const ids = (await listInbox(m1, {})).items.map((i) => i.id);
    expect(ids).toEqual(expect.arrayContaining([inDapil, komisi, p.id]));
    for (const hidden of [notRouted, fresh, otherDapil, pending.id]) expect(ids).not.toContain(hidden);
    const ids2 = (await listInbox(m2, {})).items.map((i) => i.id);
    expect(ids2).toContain(otherDapil);
    expect(ids2).not.toContain(p.id);
  });

  it("filters by type, status and kelurahan, searches in Indonesian, and marks read", async () => {
    const pokirOnly = await listInbox(m1, { type: "pokir" });
    expect(pokirOnly.items.every((i) => i.type === "pokir")).toBe(true);
    const found = await listInbox(m1, { q: "posyandu" });
    expect(found.items.map((i) => i.title)).toContain("Pembangunan posyandu Kelurahan uji");
    const sekolah = await listInbox(m1, { q: "sekolah", kelurahan: String(kel1) });
    expect(sekolah.items).toHaveLength(1);
    const before = await countUnread(m1);
    expect(before).toBeGreaterThan(0);
    await markInboxRead(m1, sekolah.items[0].type, sekolah.items[0].id);
    expect(await countUnread(m1)).toBe(before - 1);
    const again = await listInbox(m1, { q: "sekolah" });
    expect(again.items[0].unread).toBe(false);
    expect((await listInbox(m1, { belum: "1" })).items.map((i) => i.id)).not.toContain(sekolah.items[0].id);
  });

  it("pages with a keyset cursor without repeats or gaps", async () => {
    for (let i = 0; i < 30; i++)
      await aspiration({
        dapilId: m1.dapilId,
        routedToDapil: true,
        title: `Aspirasi halaman ${i}`,
        createdAt: new Date(Date.now() - i * 1000),
      });
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let n = 0; n < 5; n++) {
      const page = await listInbox(m1, cursor ? { setelah: cursor } : {});
      seen.push(...page.items.map((i) => i.id));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThan(30);
  });

  it("refuses staff (no inbox)", async () => {
    await expect(listInbox(staff, {})).rejects.toMatchObject({ status: 403 });
  });
});

describe("pokir API", () => {
  it("POST creates (201) and GET tracks by code; a UUID is 404 outside the dapil", async () => {
    const { POST } = await import("@/app/api/v1/pokir/route");
    const { GET } = await import("@/app/api/v1/pokir/[kode]/route");
    session.actor = null;
    const img = await photo();
    const res = await POST(
      new Request("http://localhost/api/v1/pokir", {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": "10.0.0.9" },
        body: JSON.stringify({
          ...proposalInput(kel1),
          kelurahanId: kel1,
          consent: true,
          altcha: await solvedPayload(),
          photos: [{ name: "a.png", contentBase64: img.data.toString("base64") }],
        }),
      }),
      { params: Promise.resolve({}) },
    );
    expect(res.status).toBe(201);
    const { trackingCode } = (await res.json()) as { trackingCode: string };
    const t = await GET(new Request(`http://localhost/api/v1/pokir/${trackingCode}`), {
      params: Promise.resolve({ kode: trackingCode }),
    });
    expect(t.status).toBe(200);
    const body = (await t.json()) as Record<string, unknown>;
    expect(body.status).toBe("diajukan");
    expect(JSON.stringify(body)).not.toContain("081234567890");
    const [row] = await db.select().from(pokirProposals).where(eq(pokirProposals.trackingCode, trackingCode));
    await verifyProposal(staff, row.id);
    session.actor = m2;
    expect((await GET(new Request("http://localhost/x"), { params: Promise.resolve({ kode: row.id }) })).status).toBe(
      404,
    );
    session.actor = m1;
    expect((await GET(new Request("http://localhost/x"), { params: Promise.resolve({ kode: row.id }) })).status).toBe(
      200,
    );
    session.actor = null;
    expect((await GET(new Request("http://localhost/x"), { params: Promise.resolve({ kode: row.id }) })).status).toBe(
      401,
    );
    expect(
      (await GET(new Request("http://localhost/x"), { params: Promise.resolve({ kode: "POK-2222-2222" }) })).status,
    ).toBe(404);
  });

  it("bad bodies are 4xx with Indonesian messages", async () => {
    const { POST } = await import("@/app/api/v1/pokir/route");
    session.actor = null;
    // Body checks only: the ALTCHA proof is covered in pokir-antispam.test.ts.
    process.env.PUBLIC_CHALLENGE = "off";
    const post = (body: string, type = "application/json") =>
      POST(
        new Request("http://localhost/api/v1/pokir", {
          method: "POST",
          headers: { "content-type": type, "x-forwarded-for": "10.0.0.10" },
          body,
        }),
        { params: Promise.resolve({}) },
      );
    expect((await post("{")).status).toBe(400);
    expect((await post("[]")).status).toBe(400);
    expect((await post("a=b", "text/plain")).status).toBe(415);
    const r = await post(JSON.stringify({ ...proposalInput(kel2), volume: -3, photos: [] }));
    expect(r.status).toBe(422);
    const e = (await r.json()) as { error: { fieldErrors: Record<string, string[]> } };
    expect(e.error.fieldErrors.volume).toEqual(["Volume tidak boleh negatif."]);
    const bad = await post(
      JSON.stringify({
        ...proposalInput(kel2),
        photos: [{ name: "x.png", contentBase64: Buffer.from("not an image").toString("base64") }],
      }),
    );
    expect(bad.status).toBe(415);
    process.env.PUBLIC_CHALLENGE = "on";
  });

  it("the inbox JSON route, the export route and the OpenAPI document", async () => {
    const { GET: inbox } = await import("@/app/api/v1/pokir/kotak-masuk/route");
    const { GET: ekspor } = await import("@/app/api/v1/pokir/ekspor/route");
    const { GET: openapi } = await import("@/app/api/v1/openapi.json/route");
    session.actor = m1;
    const r = await inbox(new Request("http://localhost/api/v1/pokir/kotak-masuk?type=pokir"), {
      params: Promise.resolve({}),
    });
    expect(r.status).toBe(200);
    expect(r.headers.get("server-timing")).toMatch(/db;dur=/);
    session.actor = staff;
    const periods = await db.select().from(pokirPeriods);
    const csv = await ekspor(new Request(`http://localhost/api/v1/pokir/ekspor?periode=${periods[0].id}&format=csv`), {
      params: Promise.resolve({}),
    });
    expect(csv.status).toBe(200);
    expect(await csv.text()).toContain("Perkiraan Anggaran");
    expect(
      (await ekspor(new Request("http://localhost/api/v1/pokir/ekspor?periode=abc"), { params: Promise.resolve({}) }))
        .status,
    ).toBe(422);
    expect(
      (
        await ekspor(new Request("http://localhost/api/v1/pokir/ekspor?periode=999999"), {
          params: Promise.resolve({}),
        })
      ).status,
    ).toBe(404);
    const doc = (await (await openapi()).json()) as { paths: Record<string, unknown> };
    for (const p of ["/api/v1/pokir", "/api/v1/pokir/{kode}", "/api/v1/pokir/kotak-masuk", "/api/v1/pokir/ekspor"])
      expect(doc.paths[p]).toBeTruthy();
  });

  it("marks a page of items read", async () => {
    const { markPageReadAction } = await import("@/lib/inbox/actions");
    session.actor = m1;
    const page = await listInbox(m1, { belum: "1" });
    const fd = new FormData();
    for (const i of page.items) fd.append("items", `${i.type}:${i.id}`);
    const r = await markPageReadAction({ status: "idle" }, fd);
    expect(r.status).toBe("success");
    const after = await listInbox(m1, { belum: "1" });
    expect(after.items.map((i) => i.id)).not.toContain(page.items[0].id);
    const bad = new FormData();
    bad.append("items", "pokir:'; drop table x");
    expect((await markPageReadAction({ status: "idle" }, bad)).status).toBe("error");
  });
});
