import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import {
  aspirationCategories,
  aspirations,
  auditLog,
  kecamatan,
  kelurahan,
  outboxMessages,
  pokirPeriods,
  pokirProposals,
} from "@/lib/db/schema";
import { BREACH_NOTICE_TEMPLATE, localDate, previewBreachNotice, sendBreachNotice } from "@/lib/privacy/breach";
import { runBreachNotifyCli } from "@/lib/privacy/breach-cli";
import { newTrackingCode } from "@/lib/tracking/code";
import type { Actor } from "@/lib/auth/roles";
import { breachNoticeAction } from "@/lib/privacy/actions";
import { actorFor, DEMO } from "../helpers/actors";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({
  sessionActor: async () => session.actor,
  currentActor: async () => session.actor,
  actorFromRequest: async () => session.actor,
}));

// A period far from any seeded data, so only the records below fall in it.
const SINCE = "2020-03-01T00:00:00+08:00";
const UNTIL = "2020-03-15T00:00:00+08:00";
const at = (iso: string) => new Date(iso);
const NOTICE =
  "Kami memberitahukan bahwa pada 10 Maret 2020 terjadi akses tidak sah ke data pribadi Anda yang terkait dengan kode {kode}. " +
  "Data yang terungkap: nama, nomor telepon dan alamat e-mail. Kami telah menutup akses tersebut.";

let categoryId: number;
let kecamatanId: number;
const codes: Record<string, string> = {};

async function aspiration(key: string, createdAt: string, over: Partial<typeof aspirations.$inferInsert> = {}) {
  const [row] = await db
    .insert(aspirations)
    .values({
      trackingCode: newTrackingCode("ASP"),
      title: "Jalan berlubang",
      body: "Mohon diperbaiki.",
      categoryId,
      kecamatanId,
      createdAt: at(createdAt),
      ...over,
    })
    .returning();
  codes[key] = row.trackingCode;
}

async function proposal(key: string, createdAt: string, over: Partial<typeof pokirProposals.$inferInsert> = {}) {
  let [period] = await db.select().from(pokirPeriods).limit(1);
  if (!period) {
    [period] = await db
      .insert(pokirPeriods)
      .values({
        planYear: 2099,
        name: "RKPD 2099",
        opensAt: at("2098-01-01T00:00:00Z"),
        closesAt: at("2098-02-01T00:00:00Z"),
        musrenbangOn: "2098-03-01",
      })
      .returning();
  }
  const [kel] = await db.select().from(kelurahan).limit(1);
  const [row] = await db
    .insert(pokirProposals)
    .values({
      trackingCode: newTrackingCode("POK"),
      periodId: period.id,
      proposerName: "Kelompok Tani Makmur",
      title: "Perbaikan saluran irigasi",
      masalah: "Saluran rusak.",
      usulan: "Perbaiki saluran.",
      kecamatanId: kel.kecamatanId,
      kelurahanId: kel.id,
      rt: "05",
      address: "Jl. Mawar RT 05",
      volume: 200,
      unit: "meter",
      createdAt: at(createdAt),
      ...over,
    })
    .returning();
  codes[key] = row.trackingCode;
}

function textFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), "breach-")), "pemberitahuan.txt");
  writeFileSync(file, text);
  return file;
}

async function cli(args: string[]) {
  const lines: string[] = [];
  const code = await runBreachNotifyCli(args, (l) => lines.push(l));
  return { code, output: lines.join("\n") };
}

const queued = () => db.select().from(outboxMessages).where(eq(outboxMessages.relatedType, "breach_notice"));

beforeAll(async () => {
  categoryId = (await db.select().from(aspirationCategories).limit(1))[0].id;
  kecamatanId = (await db.select().from(kecamatan).limit(1))[0].id;
  // In the period: one person twice (case and phone formats differ), once more through pokir.
  await aspiration("siti1", "2020-03-02T10:00:00+08:00", {
    reporterName: "Siti",
    reporterEmail: "siti@contoh.id",
    reporterPhone: "0812-3456-7890",
  });
  await aspiration("siti2", "2020-03-05T10:00:00+08:00", {
    reporterName: "Siti A.",
    reporterEmail: " SITI@Contoh.id",
    reporterPhone: "+62 812 3456 7890",
  });
  await proposal("sitiPokir", "2020-03-06T10:00:00+08:00", { proposerEmail: "siti@contoh.id" });
  await aspiration("budi", "2020-03-07T10:00:00+08:00", { reporterName: "Budi", reporterPhone: "0813-1111-2222" });
  await proposal("tani", "2020-03-08T10:00:00+08:00", { proposerEmail: "tani@contoh.id", proposerPhone: null });
  // Anonymous: skipped, even with a contact stored by mistake.
  await aspiration("anon1", "2020-03-03T10:00:00+08:00", { isAnonymous: true, reporterEmail: "anon@contoh.id" });
  await aspiration("anon2", "2020-03-04T10:00:00+08:00", { isAnonymous: true });
  // Erased by request / retention: nothing left to contact.
  await aspiration("erased", "2020-03-09T10:00:00+08:00", {
    reporterName: null,
    reporterEmail: null,
    reporterPhone: null,
  });
  // Outside the period (until is exclusive).
  await aspiration("before", "2020-02-29T23:59:59+08:00", { reporterEmail: "lama@contoh.id" });
  await aspiration("atUntil", UNTIL, { reporterEmail: "batas@contoh.id" });
  await proposal("after", "2020-03-20T10:00:00+08:00", {
    proposerEmail: "nanti@contoh.id",
    proposerPhone: "0815-0000-0000",
  });
});

describe("breach notice to affected citizens", () => {
  it("dry run counts distinct contacts in the period, skips anonymous and erased records, queues nothing", async () => {
    const file = textFile(NOTICE);
    const r = await cli(["--as", DEMO.admin, "--since", SINCE, "--until", UNTIL, "--text-file", file]);
    expect(r.code).toBe(0);
    expect(r.output).toContain("Aspirasi (SIAP): 6 catatan");
    expect(r.output).toContain("Usulan pokir (e-Pokir): 2 catatan");
    expect(r.output).toContain("Anonim (dilewati): 2");
    expect(r.output).toContain("Tanpa kontak / kontak sudah dihapus: 1");
    expect(r.output).toContain("Penerima e-mail: 2, penerima WhatsApp: 2, total pesan: 4");
    expect(await queued()).toHaveLength(0);
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.action, "privacy.breach.preview"));
    expect(entry.actorLabel).toContain("admin");
  });

  it("--apply queues exactly one message per distinct e-mail and phone, with the person's own codes, and audits it", async () => {
    const r = await cli([
      "--as",
      DEMO.staff,
      "--since",
      SINCE,
      "--until",
      UNTIL,
      "--text-file",
      textFile(NOTICE),
      "--apply",
    ]);
    expect(r.code, r.output).toBe(0);
    const rows = await queued();
    expect(rows.map((m) => `${m.channel}:${m.recipient}`).sort()).toEqual([
      "email:siti@contoh.id",
      "email:tani@contoh.id",
      "whatsapp:6281234567890",
      "whatsapp:6281311112222",
    ]);
    const siti = rows.find((m) => m.recipient === "siti@contoh.id")!;
    for (const k of ["siti1", "siti2", "sitiPokir"]) expect(siti.body).toContain(codes[k]);
    expect(siti.body).not.toContain("{kode}");
    expect(siti.body).not.toContain(codes.budi);
    const budi = rows.find((m) => m.recipient === "6281311112222")!;
    expect(budi.body.startsWith("Pemberitahuan kegagalan pelindungan data pribadi")).toBe(true);
    expect(budi.body).toContain(codes.budi);
    expect(new Set(rows.map((m) => m.relatedId)).size).toBe(1);

    const [entry] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "privacy.breach.notify"), eq(auditLog.entityId, rows[0].relatedId!)));
    expect(entry.actorLabel).toContain("staff");
    expect(entry.detail).toMatchObject({ records: 8, emails: 2, whatsapp: 2, anonymousSkipped: 2, withoutContact: 1 });
    expect(JSON.stringify(entry.detail)).not.toContain("siti@contoh.id");
  });

  it("refuses to queue the same notice twice", async () => {
    const r = await cli([
      "--as",
      DEMO.admin,
      "--since",
      SINCE,
      "--until",
      UNTIL,
      "--text-file",
      textFile(NOTICE),
      "--apply",
    ]);
    expect(r.code).toBe(1);
    expect(r.output).toContain("sudah diantrekan: 4 pesan");
    expect(await queued()).toHaveLength(4);
  });

  it("is for staff and admins only: members and the public are refused, and nothing is queued", async () => {
    const member = await actorFor(DEMO.memberDapil1);
    const input = { since: SINCE, until: UNTIL, subject: "Pemberitahuan", body: `${NOTICE} (ulang)` };
    await expect(sendBreachNotice(member, input)).rejects.toMatchObject({ status: 403 });
    await expect(previewBreachNotice(null, input)).rejects.toMatchObject({ status: 401 });
    const r = await cli([
      "--as",
      DEMO.memberDapil1,
      "--since",
      SINCE,
      "--until",
      UNTIL,
      "--text-file",
      textFile(`${NOTICE} (ulang)`),
      "--apply",
    ]);
    expect(r.code).toBe(1);
    expect(r.output).toContain("tidak memiliki akses");
    expect(await queued()).toHaveLength(4);
  });

  it("rejects bad input with Indonesian messages", async () => {
    const staff = await actorFor(DEMO.staff);
    await expect(
      previewBreachNotice(staff, { since: UNTIL, until: SINCE, subject: "Pemberitahuan", body: NOTICE }),
    ).rejects.toMatchObject({
      status: 422,
      fieldErrors: { until: ["Tanggal akhir harus setelah tanggal mulai."] },
    });
    await expect(
      previewBreachNotice(staff, { since: "kemarin", until: UNTIL, subject: "Pemberitahuan", body: "pendek" }),
    ).rejects.toMatchObject({
      status: 422,
      fieldErrors: {
        since: [expect.stringContaining("Tanggal mulai tidak sah")],
        body: ["Isi pemberitahuan minimal 50 karakter."],
      },
    });
    await expect(
      previewBreachNotice(staff, {
        since: SINCE,
        until: UNTIL,
        subject: "Pemberitahuan",
        body: BREACH_NOTICE_TEMPLATE,
      }),
    ).rejects.toMatchObject({
      status: 422,
      fieldErrors: { body: [expect.stringContaining("belum diisi")] },
    });
    expect((await cli(["--since", SINCE])).code).toBe(2);
    expect(
      (await cli(["--as", "tidak.ada@contoh.id", "--since", SINCE, "--until", UNTIL, "--text-file", "x"])).output,
    ).toContain("tidak ditemukan");
    expect(
      (await cli(["--as", DEMO.admin, "--since", SINCE, "--until", UNTIL, "--text-file", "/tidak/ada.txt"])).output,
    ).toContain("tidak dapat dibaca");
  });

  it("reads a bare date as midnight in Balikpapan (WITA)", async () => {
    expect(new Date(localDate("2020-03-01")!).toISOString()).toBe("2020-02-29T16:00:00.000Z");
    expect(localDate("2020-03-01T10:00:00Z")).toBe("2020-03-01T10:00:00Z");
    // The record at 00.00 WITA on 15 March belongs to the 15th, not to the day before (as it would in UTC).
    const staff = await actorFor(DEMO.staff);
    const a = await previewBreachNotice(staff, {
      since: "2020-03-14",
      until: "2020-03-15",
      subject: "Pemberitahuan",
      body: NOTICE,
    });
    expect(a.records.find((r) => r.source === "aspirasi")?.count).toBe(0);
    const b = await previewBreachNotice(staff, {
      since: "2020-03-15",
      until: "2020-03-16",
      subject: "Pemberitahuan",
      body: NOTICE,
    });
    expect(b.records.find((r) => r.source === "aspirasi")?.count).toBe(1);
  });
});

describe("the admin page's action (/sekretariat/privasi/pemberitahuan)", () => {
  const form = (fields: Record<string, string>) => {
    const fd = new FormData();
    for (const [k, v] of Object.entries(fields)) fd.set(k, v);
    return fd;
  };
  const fields = {
    since: "2020-03-01",
    until: "2020-03-15",
    subject: "Pemberitahuan kebocoran data",
    body: `${NOTICE} Pesan kedua.`,
  };

  it("counts without the tick, queues with it, and refuses members", async () => {
    session.actor = await actorFor(DEMO.memberDapil1);
    expect(await breachNoticeAction({ status: "idle" }, form({ ...fields, kirim: "on" }))).toMatchObject({
      status: "error",
      message: expect.stringMatching(/tidak memiliki akses/),
    });

    session.actor = await actorFor(DEMO.admin);
    const before = (await queued()).length;
    const dry = await breachNoticeAction({ status: "idle" }, form(fields));
    expect(dry).toMatchObject({
      status: "success",
      message: expect.stringContaining("Uji coba: 2 penerima e-mail dan 2 penerima WhatsApp (4 pesan)"),
    });
    expect(dry.values?.body).toBe(fields.body);
    expect((await queued()).length).toBe(before);

    const sent = await breachNoticeAction({ status: "idle" }, form({ ...fields, kirim: "on" }));
    expect(sent).toMatchObject({
      status: "success",
      message: expect.stringContaining("Diantrekan: 2 penerima e-mail"),
    });
    expect((await queued()).length).toBe(before + 4);
    const bad = await breachNoticeAction({ status: "idle" }, form({ ...fields, until: "2020-02-01" }));
    expect(bad).toMatchObject({
      status: "error",
      fieldErrors: { until: ["Tanggal akhir harus setelah tanggal mulai."] },
    });
  });
});
