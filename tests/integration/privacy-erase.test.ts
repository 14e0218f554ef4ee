import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import {
  aspirationCategories,
  aspirationEvents,
  aspirations,
  kelurahan,
  outboxMessages,
  pokirEvents,
  pokirPeriods,
  pokirProposals,
  pokirVersions,
} from "@/lib/db/schema";
import { erasePerson, startDataRequest } from "@/lib/privacy/service";
import { newTrackingCode } from "@/lib/tracking/code";
import { actorFor, DEMO } from "../helpers/actors";

const NAME = "Rahmawati Kusumadewi";
const EMAIL = "rahma.kusuma@contoh.id";
const PHONE = "0813-5555-7777";
const PHONE_DIGITS = "81355557777";

let staff: Actor;
beforeAll(async () => {
  staff = await actorFor(DEMO.staff);
});

/** Every row of these tables as text: nothing of the person may remain in any column. */
async function dump(): Promise<string> {
  const tables = [
    "aspirations",
    "aspiration_events",
    "pokir_proposals",
    "pokir_events",
    "pokir_versions",
    "outbox_messages",
    "privacy_requests",
  ];
  let out = "";
  for (const t of tables) {
    const rows = await db.execute(sql.raw(`select row_to_json(x)::text as j from ${t} x`));
    const list = (Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows) as { j: string }[];
    out += list.map((r) => r.j).join("\n");
  }
  return out;
}

describe("erasing a person found by e-mail", () => {
  it("removes their name, e-mail and phone from records, notes, versions and the outbox (every channel)", async () => {
    const [cat] = await db.select().from(aspirationCategories).limit(1);
    const [kel] = await db.select().from(kelurahan).limit(1);
    const [a] = await db
      .insert(aspirations)
      .values({
        trackingCode: newTrackingCode("ASP"),
        title: "Lampu jalan padam",
        body: "Mohon diperbaiki.",
        categoryId: cat.id,
        kecamatanId: kel.kecamatanId,
        reporterName: NAME,
        reporterEmail: EMAIL,
        reporterPhone: PHONE,
      })
      .returning();
    await db.insert(aspirationEvents).values({
      aspirationId: a.id,
      kind: "note",
      internalNote: `Sudah ditelepon ke ${PHONE}, Ibu ${NAME} minta dikabari lewat ${EMAIL}.`,
    });
    // The pokir carries only the phone (no e-mail): it is found through the aspiration's phone.
    let [period] = await db.select().from(pokirPeriods).limit(1);
    if (!period) {
      [period] = await db
        .insert(pokirPeriods)
        .values({
          planYear: 2099,
          name: "RKPD 2099",
          opensAt: new Date("2098-01-01T00:00:00Z"),
          closesAt: new Date("2098-02-01T00:00:00Z"),
          musrenbangOn: "2098-03-01",
        })
        .returning();
    }
    const [p] = await db
      .insert(pokirProposals)
      .values({
        trackingCode: newTrackingCode("POK"),
        periodId: period.id,
        proposerName: NAME,
        proposerPhone: "+62 813 5555 7777",
        title: "Perbaikan saluran irigasi",
        masalah: "Saluran rusak.",
        usulan: "Perbaiki saluran.",
        kecamatanId: kel.kecamatanId,
        kelurahanId: kel.id,
        rt: "05",
        address: "Jl. Mawar RT 05",
        volume: 200,
        unit: "meter",
      })
      .returning();
    await db.insert(pokirVersions).values({
      proposalId: p.id,
      version: 1,
      data: { proposerName: NAME, proposerPhone: "+62 813 5555 7777", title: p.title },
    });
    await db
      .insert(pokirEvents)
      .values({ proposalId: p.id, kind: "note", internalNote: `Pengusul ${NAME} (${PHONE}) dihubungi.` });
    // Pending messages on both channels: a one-time code (e-mail + WhatsApp) and a status notice.
    const req = await startDataRequest(a.trackingCode, "ip-erase");
    await db.insert(outboxMessages).values([
      {
        channel: "whatsapp",
        recipient: "6281355557777",
        body: `Halo ${NAME}, usulan Anda diverifikasi.`,
        relatedType: "pokir",
        relatedId: p.id,
      },
      {
        channel: "email",
        recipient: "staf@dprd.example",
        subject: "Aspirasi baru",
        body: `Dari ${NAME} <${EMAIL}>`,
        relatedType: "aspiration",
        relatedId: a.id,
        status: "sent",
      },
    ]);
    const before = await dump();
    expect(before).toContain(NAME);
    expect(await db.select().from(outboxMessages).where(eq(outboxMessages.relatedId, req.requestId))).toHaveLength(2);

    expect(await erasePerson(staff, { email: EMAIL.toUpperCase() })).toBe(2);

    const after = await dump();
    for (const s of [NAME, EMAIL, PHONE, "Rahmawati"]) expect(after, s).not.toContain(s);
    expect(after.replace(/[\s+-]/g, "")).not.toContain(PHONE_DIGITS);
    // The one-time code on both channels is gone, not merely hidden.
    expect(await db.select().from(outboxMessages).where(eq(outboxMessages.relatedId, req.requestId))).toHaveLength(0);
    // The public content stays.
    const [pa] = await db.select().from(pokirProposals).where(eq(pokirProposals.id, p.id));
    expect(pa.title).toBe("Perbaikan saluran irigasi");
    const [aa] = await db.select().from(aspirations).where(eq(aspirations.id, a.id));
    expect(aa.title).toBe("Lampu jalan padam");
  });
});
