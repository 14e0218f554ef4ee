import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as openapi } from "@/app/api/v1/openapi.json/route";
import { GET as outgoingOne } from "@/app/api/v1/surat/keluar/[id]/route";
import { POST as outgoingPost } from "@/app/api/v1/surat/keluar/route";
import { GET as incomingList, POST as incomingPost } from "@/app/api/v1/surat/masuk/route";
import { GET as agendaRoute } from "@/app/api/v1/surat/agenda/route";
import { createApiToken } from "@/lib/auth/api-tokens";
import { db } from "@/lib/db";
import { attachments, incomingLetters, letterNumbers } from "@/lib/db/schema";
import { actorFor, DEMO } from "../helpers/actors";
import { daysAgo, incomingInput, outgoingInput, tinyPdf, tinyPng } from "../helpers/letters";

let write: string, read: string;
const ctx = (id = "") => ({ params: Promise.resolve({ id }) });
function req(path: string, token: string, body?: unknown, headers: Record<string, string> = {}) {
  return new Request(`http://localhost${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
      ...headers,
    },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
}
const counts = async () => ({
  letters: (await db.select({ n: sql<number>`count(*)::int` }).from(incomingLetters))[0].n,
  numbers: (await db.select({ n: sql<number>`count(*)::int` }).from(letterNumbers))[0].n,
  files: (await db.select({ n: sql<number>`count(*)::int` }).from(attachments))[0].n,
});

beforeAll(async () => {
  const staff = await actorFor(DEMO.staff);
  write = (await createApiToken(staff, { name: "Pemindai TU", scope: "write" })).token;
  read = (await createApiToken(staff, { name: "Dasbor", scope: "read" })).token;
});

describe("/api/v1/surat", () => {
  it("registers an incoming letter with scans from a write-scoped token, and reads it back", async () => {
    const scans = [
      { name: "hal1.pdf", contentBase64: tinyPdf().toString("base64") },
      { name: "hal2.png", contentBase64: (await tinyPng()).toString("base64") },
    ];
    const res = await incomingPost(req("/api/v1/surat/masuk", write, { ...incomingInput(), scans }), ctx());
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.agendaNumber).toMatch(/^\d{4}\/SM\/\d{4}$/);
    const list = await (
      await incomingList(req(`/api/v1/surat/masuk?q=${encodeURIComponent(body.agendaNumber)}`, read), ctx())
    ).json();
    expect(list.items.map((i: { id: string }) => i.id)).toEqual([body.id]);
    const { GET } = await import("@/app/api/v1/surat/masuk/[id]/route");
    const one = await (await GET(req(`/api/v1/surat/masuk/${body.id}`, read), ctx(body.id))).json();
    expect(one.scans.map((s: { mimeType: string }) => s.mimeType).sort()).toEqual(["application/pdf", "image/png"]);
    expect(JSON.stringify(one)).not.toMatch(/@sidilan\.test|passwordHash/);
  });

  it("refuses writes with a read-scoped token", async () => {
    const before = await counts();
    const res = await incomingPost(req("/api/v1/surat/masuk", read, incomingInput()), ctx());
    expect(res.status).toBe(403);
    expect(await counts()).toEqual(before);
  });

  it("gives clear 4xx answers to bad requests and stores nothing", async () => {
    const before = await counts();
    const cases: [Request, number, RegExp][] = [
      [req("/api/v1/surat/masuk", write, "{bukan json", {}), 400, /JSON/],
      [
        req("/api/v1/surat/masuk", write, "a=b", { "content-type": "application/x-www-form-urlencoded" }),
        415,
        /application\/json/,
      ],
      [req("/api/v1/surat/masuk", write, [1, 2]), 400, /objek JSON/],
      [
        req("/api/v1/surat/masuk", write, incomingInput({ classificationCode: "1.2.3" })),
        422,
        /Kode klasifikasi tidak valid/,
      ],
      [
        req("/api/v1/surat/masuk", write, incomingInput({ classificationCode: "999.9" })),
        422,
        /tidak ada dalam daftar/,
      ],
      [
        req("/api/v1/surat/masuk", write, incomingInput({ receivedOn: daysAgo(5), senderDate: daysAgo(2) })),
        422,
        /sebelum tanggal surat/,
      ],
      [req("/api/v1/surat/masuk", write, incomingInput({ receivedOn: daysAgo(-3) })), 422, /masa depan/],
      [
        req(
          "/api/v1/surat/masuk",
          write,
          incomingInput({ scans: [{ name: "x.pdf", contentBase64: "%%%bukan-base64" }] }),
        ),
        422,
        /base64/,
      ],
      [
        req(
          "/api/v1/surat/masuk",
          write,
          incomingInput({
            scans: [{ name: "surat.pdf", contentBase64: Buffer.from("MZ ini sebenarnya program").toString("base64") }],
          }),
        ),
        415,
        /bukan gambar .* atau PDF/,
      ],
      [
        req(
          "/api/v1/surat/masuk",
          write,
          incomingInput({
            scans: [
              {
                name: "besar.pdf",
                contentBase64: Buffer.concat([tinyPdf(), Buffer.alloc(10 * 1024 * 1024)]).toString("base64"),
              },
            ],
          }),
        ),
        413,
        /10 MB/,
      ],
      [req("/api/v1/surat/masuk", write, incomingInput({ scans: "semua" })), 422, /daftar berkas/],
      [req("/api/v1/surat/masuk", write, {}), 422, /Periksa kembali/],
      [req("/api/v1/surat/masuk?sifat=sangat-rahasia", read), 422, /Parameter pencarian tidak valid/],
      [req("/api/v1/surat/agenda?jenis=masuk&dari=2026-02-30&sampai=2026-01-01", read), 422, /Periksa kembali/],
    ];
    for (const [r, status, message] of cases) {
      const handler = r.method === "GET" ? (r.url.includes("agenda") ? agendaRoute : incomingList) : incomingPost;
      const res = await handler(r, ctx());
      const body = await res.json();
      expect(res.status, `${r.url} ${JSON.stringify(body)}`).toBe(status);
      expect(JSON.stringify(body.error)).toMatch(message);
    }
    expect(await counts()).toEqual(before);
  });

  it("creates outgoing drafts through the API", async () => {
    const res = await outgoingPost(req("/api/v1/surat/keluar", write, outgoingInput()), ctx());
    expect(res.status).toBe(201);
    const { id } = await res.json();
    const one = await (await outgoingOne(req(`/api/v1/surat/keluar/${id}`, read), ctx(id))).json();
    expect(one).toMatchObject({
      status: "draf",
      number: null,
      recipients: ["Kepala Bappeda Kota Balikpapan"],
      copies: ["Ketua DPRD", "Sekretaris DPRD"],
    });
  });

  it("is described in the OpenAPI document", async () => {
    const doc = await (await openapi()).json();
    for (const p of ["/api/v1/surat/masuk", "/api/v1/surat/masuk/{id}", "/api/v1/surat/keluar", "/api/v1/surat/agenda"])
      expect(doc.paths[p]).toBeTruthy();
    expect(doc.components.schemas.SuratMasukBaru.required).toContain("classificationCode");
  });

  it("the agenda book exports as PDF too", async () => {
    const res = await agendaRoute(
      req(`/api/v1/surat/agenda?jenis=keluar&dari=${daysAgo(30)}&sampai=${daysAgo(0)}&format=pdf`, read),
      ctx(),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
  });
});
