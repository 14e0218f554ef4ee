import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { aspirationEvents, aspirations, attachments, auditLog, komisi, outboxMessages, users } from "@/lib/db/schema";
import { listAttachments } from "@/lib/attachments/service";
import {
  addNote,
  changeStatus,
  mergeAspiration,
  mergeSuggestions,
  redirectAspiration,
  rejectAspiration,
  requestForward,
  verifyAspiration,
} from "@/lib/aspirations/workflow";
import { listPublicAspirations, rateAspiration, reopenAspiration, trackAspiration } from "@/lib/aspirations/public";
import { ASPIRATION_OWNER, submitAspiration } from "@/lib/aspirations/submit";
import { actorFor, DEMO } from "../helpers/actors";
import { jpegWithExif, kelurahanOfDapil, submission, tinyPdf } from "../helpers/aspirations";

let staff: Actor, member1: Actor, member2: Actor;
let kel1: { id: number; name: string; slug: string; dapil_id: number };

const outboxFor = (id: string) => db.select().from(outboxMessages).where(eq(outboxMessages.relatedId, id));

beforeAll(async () => {
  [staff, member1, member2] = await Promise.all([
    actorFor(DEMO.staff),
    actorFor(DEMO.memberDapil1),
    actorFor(DEMO.memberDapil2),
  ]);
  kel1 = await kelurahanOfDapil(1);
});

describe("submission", () => {
  it("stores the aspiration, files, event, audit and the confirmation in one go", async () => {
    const r = await submitAspiration(null, submission({ kelurahan: String(kel1.id) }), [
      { name: "foto.jpg", data: await jpegWithExif() },
      { name: "surat.pdf", data: tinyPdf() },
    ]);
    expect(r.trackingCode).toMatch(/^ASP-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    const [a] = await db.select().from(aspirations).where(eq(aspirations.id, r.id));
    expect(a).toMatchObject({
      status: "diterima",
      dapilId: kel1.dapil_id,
      kelurahanId: kel1.id,
      reporterName: "Siti Rahmawati",
      reporterPhone: "6281234567890",
      channel: "web",
    });
    const files = await listAttachments({ type: ASPIRATION_OWNER, id: r.id });
    expect(files.map((f) => f.mimeType).sort()).toEqual(["application/pdf", "image/jpeg"]);
    const [img] = await db
      .select({ data: attachments.data })
      .from(attachments)
      .where(eq(attachments.id, files.find((f) => f.mimeType === "image/jpeg")!.id));
    expect(Buffer.from(img.data).includes(Buffer.from("KameraRahasia"))).toBe(false);
    const msgs = await outboxFor(r.id);
    expect(msgs.map((m) => m.channel).sort()).toEqual(["email", "whatsapp"]);
    expect(msgs[0].body).toContain(r.trackingCode);
  });

  it("accepts a kelurahan by name and 'seluruh kota' without an area", async () => {
    const byName = await submitAspiration(null, submission({ kelurahan: kel1.name.toUpperCase() }));
    const [a] = await db.select().from(aspirations).where(eq(aspirations.id, byName.id));
    expect(a.kelurahanId).toBe(kel1.id);
    const city = await submitAspiration(null, submission({ citywide: "on" }));
    const [c] = await db.select().from(aspirations).where(eq(aspirations.id, city.id));
    expect(c).toMatchObject({ isCitywide: true, kelurahanId: null, dapilId: null });
  });

  it("anonymous leaves no name, contact or IP anywhere and queues no message", async () => {
    const r = await submitAspiration(
      null,
      submission({
        kelurahan: kel1.slug,
        anonymous: "on",
        name: "Budi Rahasia",
        phone: "081299998888",
        email: "budi.rahasia@contoh.id",
      }),
    );
    const [a] = await db.select().from(aspirations).where(eq(aspirations.id, r.id));
    expect([a.reporterName, a.reporterPhone, a.reporterEmail]).toEqual([null, null, null]);
    expect(await outboxFor(r.id)).toHaveLength(0);
    const dump = JSON.stringify(
      await db.execute(sql`select row_to_json(t)::text as j from (select * from audit_log) t`),
    );
    expect(dump).not.toMatch(/Budi Rahasia|081299998888|6281299998888|budi\.rahasia/);
  });

  it("refuses bad input with field errors in Indonesian", async () => {
    await expect(submitAspiration(null, submission({ title: "", kelurahan: "" }))).rejects.toMatchObject({
      status: 422,
      fieldErrors: { title: expect.any(Array), kelurahan: expect.any(Array) },
    });
    await expect(submitAspiration(null, submission({ kelurahan: "Kelurahan Atlantis" }))).rejects.toMatchObject({
      status: 422,
      fieldErrors: { kelurahan: [expect.stringMatching(/tidak dikenal/)] },
    });
    await expect(submitAspiration(null, submission({ kelurahan: kel1.slug, consent: "" }))).rejects.toMatchObject({
      fieldErrors: { consent: expect.any(Array) },
    });
    await expect(
      submitAspiration(null, submission({ kelurahan: kel1.slug, phone: "", email: "" })),
    ).rejects.toMatchObject({ fieldErrors: { phone: expect.any(Array) } });
    await expect(
      submitAspiration(null, submission({ kelurahan: kel1.slug, channel: "telepon" })),
    ).rejects.toMatchObject({ fieldErrors: { channel: expect.any(Array) } });
    await expect(
      submitAspiration(null, submission({ kelurahan: kel1.slug }), [
        { name: "x.jpg", data: Buffer.from("MZ not an image at all") },
      ]),
    ).rejects.toMatchObject({ status: 415 });
  });

  it("staff log phone/walk-in/letter channels", async () => {
    const r = await submitAspiration(staff, submission({ kelurahan: kel1.slug, channel: "telepon" }));
    const [a] = await db.select().from(aspirations).where(eq(aspirations.id, r.id));
    expect(a.channel).toBe("telepon");
    expect(a.createdBy).toBe(staff.id);
  });

  it("a repeated sourceRef creates nothing", async () => {
    const a = await submitAspiration(null, submission({ kelurahan: kel1.slug }), [], {
      channel: "whatsapp",
      sourceRef: "wamid.ABC",
    });
    const b = await submitAspiration(null, submission({ kelurahan: kel1.slug }), [], {
      channel: "whatsapp",
      sourceRef: "wamid.ABC",
    });
    expect(b).toEqual({ ...a, duplicate: true });
  });

  it("a sourceRef delivered twice at once is stored once, with one event, audit entry and confirmation", async () => {
    const deliver = () =>
      submitAspiration(null, submission({ kelurahan: kel1.slug, email: "kembar@contoh.id" }), [], {
        channel: "whatsapp",
        sourceRef: "wamid.RACE",
      });
    const results = await Promise.all([deliver(), deliver(), deliver()]);
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    const id = results[0].id;
    expect(await db.select().from(aspirations).where(eq(aspirations.sourceRef, "wamid.RACE"))).toHaveLength(1);
    expect(await db.select().from(aspirationEvents).where(eq(aspirationEvents.aspirationId, id))).toHaveLength(1);
    expect(await db.select().from(auditLog).where(eq(auditLog.entityId, id))).toHaveLength(1);
    // One confirmation per contact channel (e-mail and WhatsApp here), not one per delivery.
    const messages = await outboxFor(id);
    expect(messages.map((m) => m.channel).sort()).toEqual(["email", "whatsapp"]);
  });

  it("submissions arriving together share statements, and each is stored once with its own values", async () => {
    const now = new Date("2026-12-06T03:04:05.678Z");
    const kinds = [
      { over: {}, messages: ["email", "whatsapp"] },
      { over: { anonymous: "on" }, messages: [] },
      { over: { phone: "", confidential: "on" }, messages: ["email"] },
      { over: { email: "", citywide: "on", kelurahan: "" }, messages: ["whatsapp"] },
    ];
    const inputs = Array.from({ length: 20 }, (_, i) => ({
      ...kinds[i % kinds.length],
      title: `Lampu jalan padam nomor ${i} di Jalan Soekarno-Hatta`,
    }));
    const results = await Promise.all(
      inputs.map((k) =>
        submitAspiration(null, submission({ kelurahan: kel1.slug, title: k.title, ...k.over }), [], { now }),
      ),
    );
    expect(new Set(results.map((r) => r.trackingCode)).size).toBe(20);
    const ids = results.map((r) => r.id);
    const audits = await db
      .select()
      .from(auditLog)
      .where(sql`${auditLog.entityId} in ${ids}`);
    expect(audits).toHaveLength(20);
    // now() is the statement's start: 20 submissions written one by one would have 20 different times.
    expect(new Set(audits.map((a) => a.at.getTime())).size).toBeLessThan(20);
    for (const [i, r] of results.entries()) {
      const k = inputs[i];
      const [a] = await db.select().from(aspirations).where(eq(aspirations.id, r.id));
      const anonymous = "anonymous" in k.over;
      expect(a).toMatchObject({
        trackingCode: r.trackingCode,
        title: k.title,
        status: "diterima",
        channel: "web",
        isAnonymous: anonymous,
        isConfidential: "confidential" in k.over,
        isCitywide: "citywide" in k.over,
        kelurahanId: "citywide" in k.over ? null : kel1.id,
        reporterName: anonymous ? null : "Siti Rahmawati",
        reporterEmail: anonymous || k.over.email === "" ? null : "siti@contoh.id",
        createdAt: now,
        consentAt: now,
        address: null,
      });
      expect(a.searchVector).toContain("lampu");
      const events = await db.select().from(aspirationEvents).where(eq(aspirationEvents.aspirationId, r.id));
      expect(events).toMatchObject([{ kind: "status", toStatus: "diterima", at: now, actorId: null }]);
      const audit = audits.find((x) => x.entityId === r.id)!;
      expect(audit).toMatchObject({ action: "aspiration.submit", actorLabel: "publik", outcome: "success" });
      expect(audit.detail).toEqual({ channel: "web", anonymous, confidential: "confidential" in k.over, files: 0 });
      const messages = await outboxFor(r.id);
      expect(messages.map((m) => m.channel).sort()).toEqual(k.messages);
      for (const m of messages) expect(m).toMatchObject({ status: "pending", attempts: 0, relatedType: "aspiration" });
    }
  });
});

describe("workflow", () => {
  it("verify → route to dapil and komisi → member answers → selesai → rate; members outside scope get 404", async () => {
    const { id, trackingCode } = await submitAspiration(
      null,
      submission({ kelurahan: kel1.slug, title: "Drainase tersumbat di RT 05 Gunung Samarinda" }),
    );
    // Not visible to members before verification.
    await expect(addNote(member1, id, { publicNote: "x" })).rejects.toMatchObject({ status: 404 });
    const [k] = await db
      .select()
      .from(komisi)
      .where(eq(komisi.id, member2.komisiId ?? -1));
    await verifyAspiration(staff, id, {
      routeDapil: "on",
      komisi: k ? String(k.id) : "",
      publicNote: "Aspirasi Anda telah diverifikasi.",
    });
    const before = (await outboxFor(id)).length;
    await addNote(member1, id, {
      publicNote: "Kami akan meninjau lokasi pekan ini.",
      internalNote: "Koordinasi dengan DPUPR",
    });
    expect((await outboxFor(id)).length).toBeGreaterThan(before);
    let [a] = await db.select().from(aspirations).where(eq(aspirations.id, id));
    expect(a.status).toBe("ditindaklanjuti");
    expect(a.firstResponseAt).not.toBeNull();
    if (k) await addNote(member2, id, { internalNote: "Komisi memantau" });
    const outsider = await actorFor("anggota.dapil3@sidilan.test");
    if (outsider.komisiId !== a.routedKomisiId)
      await expect(addNote(outsider, id, { internalNote: "x" })).rejects.toMatchObject({ status: 404 });
    await requestForward(member1, id, { target: "Dinas Pekerjaan Umum" });
    await changeStatus(member1, id, { status: "selesai", publicNote: "Saluran telah dibersihkan." });
    const t = await trackAspiration(trackingCode.toLowerCase().replace(/-/g, " "));
    expect(t.status).toBe("selesai");
    expect(t.timeline.map((e) => e.toStatus).filter(Boolean)).toEqual([
      "diterima",
      "diverifikasi",
      "ditindaklanjuti",
      "selesai",
    ]);
    expect(t.timeline.some((e) => e.by.startsWith("Anggota DPRD:"))).toBe(true);
    expect(JSON.stringify(t)).not.toContain(staff.name);
    expect(JSON.stringify(t)).not.toContain("Koordinasi dengan DPUPR");
    expect(t.canRate).toBe(true);
    await rateAspiration(null, trackingCode, { rating: "5", comment: "Cepat sekali" });
    await expect(rateAspiration(null, trackingCode, { rating: "4" })).rejects.toMatchObject({ status: 409 });
    [a] = await db.select().from(aspirations).where(eq(aspirations.id, id));
    expect(a.rating).toBe(5);
    // Reopen within 14 days, but not after.
    await reopenAspiration(null, trackingCode, { reason: "Saluran tersumbat lagi" });
    [a] = await db.select().from(aspirations).where(eq(aspirations.id, id));
    expect(a.status).toBe("ditindaklanjuti");
    await changeStatus(staff, id, { status: "selesai" });
    const late = new Date(Date.now() + 15 * 86400_000);
    await expect(reopenAspiration(null, trackingCode, { reason: "Masih tersumbat" }, late)).rejects.toMatchObject({
      status: 409,
    });
    const audits = await db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(audits.map((x) => x.action)).toEqual(
      expect.arrayContaining([
        "aspiration.submit",
        "aspiration.verify",
        "aspiration.answer",
        "aspiration.status",
        "aspiration.rate",
        "aspiration.reopen",
      ]),
    );
  });

  it("refuses invalid transitions and members on staff-only steps", async () => {
    const { id } = await submitAspiration(null, submission({ kelurahan: kel1.slug }));
    await expect(changeStatus(staff, id, { status: "selesai" })).rejects.toMatchObject({ status: 409 });
    await expect(verifyAspiration(member1, id, { routeDapil: "on" })).rejects.toMatchObject({ status: 403 });
    await expect(verifyAspiration(staff, id, {})).rejects.toMatchObject({ status: 422 });
    await rejectAspiration(staff, id, { reason: "Bukan kewenangan DPRD dan isinya tidak jelas." });
    await expect(verifyAspiration(staff, id, { routeDapil: "on" })).rejects.toMatchObject({ status: 409 });
  });

  it("dialihkan with agency and reason, shown publicly", async () => {
    const { id, trackingCode } = await submitAspiration(null, submission({ kelurahan: kel1.slug }));
    await redirectAspiration(staff, id, {
      agency: "SP4N-LAPOR!",
      reason: "Pengaduan layanan KTP menjadi kewenangan Disdukcapil.",
    });
    const t = await trackAspiration(trackingCode);
    expect(t.status).toBe("dialihkan");
    expect(t.externalAgency).toBe("SP4N-LAPOR!");
    expect(t.timeline.at(-1)?.publicNote).toContain("Disdukcapil");
  });

  it("suggests and merges duplicates", async () => {
    const a = await submitAspiration(
      null,
      submission({ kelurahan: kel1.slug, title: "Lampu jalan padam di Jalan Soekarno Hatta km 5" }),
    );
    const b = await submitAspiration(
      null,
      submission({ kelurahan: kel1.slug, title: "Lampu jalan padam Jalan Soekarno Hatta km 5" }),
    );
    const s = await mergeSuggestions(staff, b.id);
    expect(s[0]?.id).toBe(a.id);
    await mergeAspiration(staff, b.id, { target: a.trackingCode });
    const t = await trackAspiration(b.trackingCode);
    expect(t).toMatchObject({ status: "digabung", mergedInto: a.trackingCode });
    await expect(mergeAspiration(staff, a.id, { target: a.trackingCode })).rejects.toMatchObject({ status: 422 });
  });

  it("rahasia content is never public and the list never shows reporters", async () => {
    const secret = await submitAspiration(
      null,
      submission({ kelurahan: kel1.slug, title: "Dugaan pungutan liar di kantor kelurahan", confidential: "on" }),
    );
    const open = await submitAspiration(
      null,
      submission({ kelurahan: kel1.slug, title: "Taman kota perlu bangku tambahan" }),
    );
    await verifyAspiration(staff, secret.id, { routeDapil: "on" });
    await verifyAspiration(staff, open.id, { routeDapil: "on" });
    const list = await listPublicAspirations({ q: "bangku taman" });
    expect(list.items.map((i) => i.trackingCode)).toContain(open.trackingCode);
    const all = await listPublicAspirations({});
    expect(all.items.map((i) => i.trackingCode)).not.toContain(secret.trackingCode);
    expect(JSON.stringify(all)).not.toMatch(/Siti Rahmawati|6281234567890|siti@contoh/);
    expect((await trackAspiration(secret.trackingCode)).title).toBeNull();
  });

  it("pages the public list by a keyset cursor and caps the count of matches", async () => {
    const ids = [];
    for (let i = 0; i < 5; i++) {
      const r = await submitAspiration(
        null,
        submission({ kelurahan: kel1.slug, title: `Trotoar rusak ruas ${i} uji kursor` }),
      );
      await verifyAspiration(staff, r.id, { routeDapil: "on" });
      ids.push(r.trackingCode);
    }
    // Both plans (few matches: sorted from the text index; capped: the ordered index walked) page alike.
    const orders: string[][] = [];
    for (const countCap of [1000, 3]) {
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      for (let guard = 0; guard < 100; guard++) {
        pages++;
        const page = await listPublicAspirations({ q: "trotoar kursor", setelah: cursor }, { pageSize: 2, countCap });
        seen.push(...page.items.map((i) => i.trackingCode));
        if (!page.nextCursor) break;
        cursor = page.nextCursor;
      }
      expect(pages).toBe(3);
      expect(new Set(seen).size).toBe(seen.length);
      expect([...seen].sort()).toEqual([...ids].sort());
      orders.push(seen);
    }
    expect(orders[1]).toEqual(orders[0]);
    expect(await listPublicAspirations({ q: "xyzzyqwerty" })).toMatchObject({
      items: [],
      nextCursor: null,
      total: { count: 0, capped: false },
    });
    expect((await listPublicAspirations({ q: "trotoar kursor" }, { countCap: 3 })).total).toEqual({
      count: 3,
      capped: true,
    });
    expect((await listPublicAspirations({ q: "trotoar kursor" }, { countCap: 10 })).total).toEqual({
      count: 5,
      capped: false,
    });
  });

  it("events keep actor and notes", async () => {
    const rows = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(aspirationEvents)
      .innerJoin(users, eq(users.id, aspirationEvents.actorId));
    expect(rows[0].n).toBeGreaterThan(0);
  });
});

describe("categories (admin)", () => {
  it("admins add, rename and deactivate categories; staff may not", async () => {
    const { saveCategory, listCategories } = await import("@/lib/aspirations/categories");
    const admin = await actorFor(DEMO.admin);
    await saveCategory(admin, undefined, { name: "Transportasi Umum", sortOrder: "10" });
    const cats = await listCategories(admin);
    const t = cats.find((c) => c.name === "Transportasi Umum")!;
    expect(t.slug).toBe("transportasi-umum");
    await saveCategory(admin, t.id, { name: "Transportasi", sortOrder: "11" });
    expect((await listCategories(admin)).find((c) => c.id === t.id)).toMatchObject({
      name: "Transportasi",
      isActive: false,
    });
    await expect(
      submitAspiration(null, submission({ kelurahan: kel1.slug, category: String(t.id) })),
    ).rejects.toMatchObject({ status: 422 });
    await expect(saveCategory(staff, undefined, { name: "Lain" })).rejects.toMatchObject({ status: 403 });
    await expect(saveCategory(admin, undefined, { name: "Infrastruktur" })).rejects.toMatchObject({ status: 422 });
  });
});
