import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  aspirationCategories,
  aspirationEvents,
  aspirations,
  dapil,
  electionPeriods,
  kelurahan,
  komisi,
  meetingAttendance,
  meetings,
  meetingTypes,
  minutes,
  pokirPeriods,
  pokirProposals,
  resesRecords,
  users,
} from "@/lib/db/schema";
import { weightedMedian } from "@/lib/members/aspirations";
import { findMemberBySlug } from "@/lib/members/directory";
import { computeMemberFigures, type MemberFigures } from "@/lib/members/figures";
import { masaSidangOf } from "@/lib/members/periods";
import type { AttendanceStatus } from "@/lib/minutes/quorum";
import type { PokirStatus } from "@/lib/pokir/constants";

// A hand-built dataset in its own dapil and komisi (the demo data lives elsewhere), with the right
// answers worked out by hand against the 2026 holiday list of the reference seed.
const NOW = new Date("2026-06-15T12:00:00+08:00");
const at = (iso: string) => new Date(`${iso}T09:00:00+08:00`);
let m: string, m2: string, staff: string, f: MemberFigures;

async function aspiration(o: {
  routedToDapil?: boolean;
  komisi?: boolean;
  status?: string;
  confidential?: boolean;
  verified: string;
  dapilId: number;
  komisiId: number;
  categoryId: number;
}) {
  const id = randomUUID();
  await db.insert(aspirations).values({
    id,
    trackingCode: `ASP-T${id.slice(0, 8).toUpperCase()}`,
    title: "Judul rahasia warga",
    body: "Isi",
    categoryId: o.categoryId,
    dapilId: o.dapilId,
    routedToDapil: o.routedToDapil ?? true,
    routedKomisiId: o.komisi ? o.komisiId : null,
    isConfidential: o.confidential ?? false,
    reporterName: "Warga Bernama Terang",
    reporterEmail: "warga@contoh.test",
    status: (o.status ?? "ditindaklanjuti") as "ditindaklanjuti",
    verifiedAt: at(o.verified),
    createdAt: at(o.verified),
  });
  return id;
}
const answer = (aspirationId: string, actorId: string, day: string, publicNote: string | null = "Jawaban") =>
  db.insert(aspirationEvents).values({
    aspirationId,
    actorId,
    at: at(day),
    kind: publicNote ? "answer" : "note",
    publicNote,
    internalNote: publicNote ? null : "catatan",
  });

beforeAll(async () => {
  const [period] = await db
    .insert(electionPeriods)
    .values({ name: "uji-profil", startsOn: "2024-08-01", endsOn: "2029-07-31" })
    .returning();
  const [d] = await db
    .insert(dapil)
    .values({ periodId: period.id, number: 99, name: "Dapil Uji", seats: 2 })
    .returning();
  const [k] = await db.insert(komisi).values({ name: "Komisi Uji", field: "Uji" }).returning();
  const [cat] = await db.select().from(aspirationCategories).limit(1);
  const [kel] = await db.select().from(kelurahan).limit(1);
  const member = (name: string, createdAt: Date) => ({
    email: `${randomUUID()}@uji.test`,
    name,
    passwordHash: "x",
    role: "member" as const,
    dapilId: d.id,
    komisiId: k.id,
    createdAt,
  });
  [{ id: m }, { id: m2 }] = await db
    .insert(users)
    .values([
      member("Uji Profil Anggota", new Date("2024-01-01")),
      member("Uji Profil Anggota", new Date("2024-01-02")),
    ])
    .returning();
  [{ id: staff }] = await db
    .insert(users)
    .values({ email: `${randomUUID()}@uji.test`, name: "Staf Uji", passwordHash: "x", role: "staff" })
    .returning();

  // Aspirations: 6 routed (one confidential, one through the komisi only), 4 answered by m.
  const base = { dapilId: d.id, komisiId: k.id, categoryId: cat.id };
  const a1 = await aspiration({ ...base, komisi: true, verified: "2026-02-02" }); // dapil and komisi: counted once
  await answer(a1, m, "2026-02-05"); // Mon → Thu: 3 working days
  const a2 = await aspiration({ ...base, verified: "2026-02-06", confidential: true });
  await answer(a2, m, "2026-02-09"); // Fri → Mon: 1
  const a3 = await aspiration({ ...base, routedToDapil: false, komisi: true, verified: "2026-03-16" });
  await answer(a3, m, "2026-03-25"); // Nyepi and Idul Fitri holidays 18–24 March: 2 (17 and 25)
  const a4 = await aspiration({ ...base, verified: "2026-04-01" });
  await answer(a4, m2, "2026-04-02"); // answered by another member only
  const a5 = await aspiration({ ...base, verified: "2026-04-01" });
  await answer(a5, m, "2026-04-02", null); // internal note: not an answer
  const a9 = await aspiration({ ...base, verified: "2026-04-06" });
  await answer(a9, m, "2026-04-15"); // 7 working days
  await answer(a9, m, "2026-04-16"); // a second answer does not move the first
  // Not routed to m: not routed to the dapil, merged, verified before the window.
  await answer(await aspiration({ ...base, routedToDapil: false, verified: "2026-02-02" }), m, "2026-02-03");
  await answer(await aspiration({ ...base, status: "digabung", verified: "2026-02-02" }), m, "2026-02-03");
  await answer(await aspiration({ ...base, verified: "2025-01-10" }), m, "2025-01-13");

  // Attendance: two meeting types, settled and unsettled minutes, this year and last.
  const [paripurna, komisiRapat] = await db
    .insert(meetingTypes)
    .values([
      { name: "Paripurna Uji", bodyKind: "semua", defaultNature: "terbuka", sortOrder: 1 },
      { name: "Rapat Komisi Uji", bodyKind: "komisi", komisiId: k.id, defaultNature: "terbuka", sortOrder: 2 },
    ])
    .returning();
  const meeting = async (
    typeId: number,
    date: string,
    status: string,
    att: AttendanceStatus | null,
    nature: "terbuka" | "tertutup" = "terbuka",
  ) => {
    const [mt] = await db
      .insert(meetings)
      .values({
        typeId,
        title: "Rapat tertutup berjudul rahasia",
        nature,
        quorumRule: "lebih_setengah",
        date,
        startTime: "09:00",
        place: "Ruang Rapat",
        chairId: m2,
        secretaryId: staff,
      })
      .returning();
    await db.insert(minutes).values({ meetingId: mt.id, status: status as "final", content: {} });
    await db.insert(meetingAttendance).values({ meetingId: mt.id, userId: m, status: att });
  };
  await meeting(paripurna.id, "2026-02-10", "final", "hadir");
  await meeting(paripurna.id, "2026-05-20", "terbit", "sakit");
  await meeting(paripurna.id, "2026-06-01", "ditandatangani", "alpa", "tertutup");
  await meeting(paripurna.id, "2026-06-05", "final", null);
  await meeting(komisiRapat.id, "2026-05-05", "final", "izin");
  await meeting(komisiRapat.id, "2026-03-03", "final", "dinas_luar");
  await meeting(komisiRapat.id, "2026-06-10", "draf", "hadir"); // minutes not settled
  await meeting(komisiRapat.id, "2025-12-01", "final", "hadir"); // last year

  // Pokir in two periods.
  const [p30, p31] = await db
    .insert(pokirPeriods)
    .values(
      [2030, 2031].map((y) => ({
        planYear: y,
        name: `Pokir RKPD ${y}`,
        opensAt: NOW,
        closesAt: NOW,
        musrenbangOn: `${y - 1}-03-01`,
      })),
    )
    .returning();
  const pokir = (
    periodId: number,
    status: PokirStatus,
    cost: number,
    adoptedBy: string | null = m,
    resesId: string | null = null,
  ) =>
    db.insert(pokirProposals).values({
      trackingCode: `POK-T${randomUUID().slice(0, 8)}`,
      periodId,
      proposerName: "Warga Pengusul",
      title: "Jalan",
      masalah: "x",
      usulan: "y",
      kecamatanId: kel.kecamatanId,
      kelurahanId: kel.id,
      rt: "01",
      address: "Jl. A",
      volume: 1,
      unit: "paket",
      estimatedCost: cost,
      status,
      adoptedBy,
      resesId,
    });
  const [r1] = await db
    .insert(resesRecords)
    .values({
      memberId: m,
      heldOn: "2026-05-04",
      place: "Balai Kelurahan",
      kelurahanId: kel.id,
      attendees: 40,
      notes: "catatan pribadi",
    })
    .returning();
  await db
    .insert(resesRecords)
    .values({ memberId: m, heldOn: "2026-01-20", place: "Masjid Raya", kelurahanId: kel.id, attendees: 25 });
  await pokir(p30.id, "diakomodir", 100_000_000, m, r1.id);
  await pokir(p30.id, "diakomodir", 50_000_000);
  await pokir(p30.id, "tidak_diakomodir", 30_000_000);
  await pokir(p30.id, "diinput_sipd", 20_000_000);
  await pokir(p30.id, "digabung", 70_000_000);
  await pokir(p30.id, "diakomodir", 90_000_000, m2);
  await pokir(p31.id, "diadopsi", 10_000_000);

  const me = await findMemberBySlug("uji-profil-anggota");
  expect(me?.id).toBe(m);
  f = await computeMemberFigures(me!, NOW);
});

describe("member figures on a hand-built dataset", () => {
  it("gives equal names distinct, stable slugs (the earlier account keeps the plain one)", async () => {
    expect((await findMemberBySlug("uji-profil-anggota-2"))?.id).toBe(m2);
  });

  it("counts routed aspirations (confidential and komisi-routed included) and the member's answers with working-day timing", () => {
    expect(f.aspirations).toMatchObject({
      since: "2025-06-15",
      routed: 6,
      answered: 4,
      medianAnswerDays: 2.5,
      answeredWithin5: 3,
    });
  });

  it("counts attendance by category from settled minutes only, for the year and the masa sidang", () => {
    expect(f.attendance.masaSidang).toMatchObject({
      from: "2026-05-01",
      to: "2026-08-31",
      label: "Masa Sidang II 2026",
    });
    expect(f.attendance.all.year).toEqual({ present: 1, excused: 3, absent: 1, unrecorded: 1, total: 6 });
    expect(f.attendance.all.masaSidang).toEqual({ present: 0, excused: 2, absent: 1, unrecorded: 1, total: 4 });
    expect(f.attendance.byType).toEqual([
      {
        type: "Paripurna Uji",
        year: { present: 1, excused: 1, absent: 1, unrecorded: 1, total: 4 },
        masaSidang: { present: 0, excused: 1, absent: 1, unrecorded: 1, total: 3 },
      },
      {
        type: "Rapat Komisi Uji",
        year: { present: 0, excused: 2, absent: 0, unrecorded: 0, total: 2 },
        masaSidang: { present: 0, excused: 1, absent: 0, unrecorded: 0, total: 1 },
      },
    ]);
  });

  it("counts adopted pokir per period and what the RKPD/APBD took up, with values", () => {
    expect(f.pokir).toEqual([
      {
        planYear: 2031,
        period: "Pokir RKPD 2031",
        adopted: 1,
        adoptedValue: 10_000_000,
        decided: 0,
        takenUp: 0,
        takenUpValue: 0,
      },
      {
        planYear: 2030,
        period: "Pokir RKPD 2030",
        adopted: 4,
        adoptedValue: 200_000_000,
        decided: 3,
        takenUp: 2,
        takenUpValue: 150_000_000,
      },
    ]);
  });

  it("lists reses events with dates, places and attendees, newest first", () => {
    expect(f.reses.total).toBe(2);
    expect(f.reses.attendees).toBe(65);
    expect(f.reses.events.map((e) => [e.heldOn, e.place, e.attendees, e.pokir])).toEqual([
      ["2026-05-04", "Balai Kelurahan", 40, 1],
      ["2026-01-20", "Masjid Raya", 25, 0],
    ]);
  });

  it("carries no personal data of citizens, no account details and nothing of closed meetings", () => {
    const json = JSON.stringify(f);
    for (const s of [
      "Warga",
      "warga@",
      "Judul rahasia",
      "berjudul rahasia",
      "catatan pribadi",
      "@uji.test",
      "passwordHash",
    ])
      expect(json).not.toContain(s);
  });
});

describe("pure helpers", () => {
  it("takes the weighted median, averaging the two middle values", () => {
    expect(weightedMedian(new Map())).toBeNull();
    expect(
      weightedMedian(
        new Map([
          [1, 1],
          [2, 1],
          [3, 1],
          [7, 1],
        ]),
      ),
    ).toBe(2.5);
    expect(
      weightedMedian(
        new Map([
          [0, 3],
          [9, 2],
        ]),
      ),
    ).toBe(0);
  });

  it("splits the year into three masa sidang", () => {
    expect(masaSidangOf("2026-01-01").label).toBe("Masa Sidang I 2026");
    expect(masaSidangOf("2026-04-30")).toEqual({ from: "2026-01-01", to: "2026-04-30", label: "Masa Sidang I 2026" });
    expect(masaSidangOf("2026-09-01")).toEqual({ from: "2026-09-01", to: "2026-12-31", label: "Masa Sidang III 2026" });
    expect(masaSidangOf("2028-08-31").to).toBe("2028-08-31");
  });
});
