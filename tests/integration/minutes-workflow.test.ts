import { and, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { auditLog, meetingAttendance, minutesVersions, users } from "@/lib/db/schema";
import {
  confirmDraft,
  confirmationsOf,
  listCorrections,
  proposeCorrection,
  respondCorrection,
} from "@/lib/minutes/corrections";
import { loadScope } from "@/lib/minutes/access";
import { diffVersions, getEditor, listVersions, saveDraft } from "@/lib/minutes/drafts";
import { createMeeting, recordAttendance, updateMeeting } from "@/lib/minutes/meetings";
import { getMeetingDetail, listMyMeetings } from "@/lib/minutes/queries";
import { approveMinutes, returnToDraft, submitForReview } from "@/lib/minutes/workflow-transitions";
import { actorFor, DEMO } from "../helpers/actors";
import { plenaryWithDraft } from "../helpers/minutes";

let staff: Actor, chair: Actor, secretary: Actor, member: Actor, admin: Actor;
let id: string;

beforeAll(async () => {
  staff = await actorFor(DEMO.staff);
  secretary = await actorFor(DEMO.staff2);
  chair = await actorFor(DEMO.ketua);
  member = await actorFor(DEMO.memberDapil1);
  admin = await actorFor(DEMO.admin);
  id = await plenaryWithDraft(staff, chair, secretary, { present: 28 });
});

describe("meetings and attendance", () => {
  it("snapshots the plenary body (45 members) and shows the quorum plainly", async () => {
    const d = await getMeetingDetail(staff, id);
    expect(d.attendance).toHaveLength(45);
    expect(d.quorum.statement).toBe("Kuorum tidak tercapai: 28 dari 45 (≥ 2/3 = 30 diperlukan)");
    const body = await db
      .select({ userId: meetingAttendance.userId })
      .from(meetingAttendance)
      .where(eq(meetingAttendance.meetingId, id));
    await recordAttendance(
      staff,
      id,
      body.slice(0, 31).map((b) => ({ userId: b.userId, status: "hadir", arrivedAt: "09:10" })),
    );
    expect((await getMeetingDetail(staff, id)).quorum.statement).toBe(
      "Kuorum tercapai: 31 dari 45 (≥ 2/3 = 30 diperlukan)",
    );
  });

  it("refuses bad meeting input with field errors and stores nothing", async () => {
    const err = await createMeeting(staff, {
      typeId: 1,
      title: "<script>x",
      nature: "rahasia",
      quorumRule: "semua",
      date: "2026-02-30",
      startTime: "9",
      place: "",
      chairId: staff.id,
      secretaryId: "x",
      agenda: [],
      guests: "x",
    }).catch((e) => e);
    expect(err.status).toBe(422);
    expect(Object.keys(err.fieldErrors)).toEqual(
      expect.arrayContaining(["nature", "quorumRule", "date", "startTime", "place", "secretaryId", "agenda", "guests"]),
    );
    const wrongPeople = await createMeeting(staff, {
      typeId: 1,
      title: "Rapat uji peran",
      nature: "terbuka",
      quorumRule: "lebih_setengah",
      date: "2026-11-10",
      startTime: "09:00",
      place: "Ruang A",
      chairId: staff.id,
      secretaryId: member.id,
      agenda: [{ title: "Acara uji" }],
      guests: [],
    }).catch((e) => e);
    expect(wrongPeople.fieldErrors).toMatchObject({
      chairId: [expect.stringMatching(/anggota DPRD/)],
      secretaryId: [expect.stringMatching(/staf/)],
    });
  });

  it("refuses a roll-call entry for someone outside the body, and arrival times for absentees", async () => {
    await expect(
      recordAttendance(staff, id, [{ userId: staff.id, status: "hadir", arrivedAt: "09:00" }]),
    ).rejects.toMatchObject({ status: 422 });
    const [first] = await db
      .select({ userId: meetingAttendance.userId })
      .from(meetingAttendance)
      .where(eq(meetingAttendance.meetingId, id));
    await expect(
      recordAttendance(staff, id, [{ userId: first.userId, status: "izin", arrivedAt: "09:00" }]),
    ).rejects.toMatchObject({ status: 422 });
  });

  it("members see the meetings of their bodies; others get a 404", async () => {
    expect((await listMyMeetings(member)).items.map((m) => m.id)).toContain(id);
    const komisiType = (await db.query.meetingTypes.findFirst({
      where: (t, { eq: e }) => e(t.name, "Rapat Pimpinan"),
    }))!;
    const closed = await createMeeting(staff, {
      typeId: komisiType.id,
      title: "Rapat pimpinan uji",
      nature: "tertutup",
      quorumRule: "lebih_setengah",
      date: "2026-11-11",
      startTime: "13:00",
      place: "Ruang Pimpinan",
      chairId: chair.id,
      secretaryId: secretary.id,
      agenda: [{ title: "Koordinasi" }],
      guests: [],
    });
    await expect(getMeetingDetail(member, closed)).rejects.toMatchObject({ status: 404 });
    expect((await getMeetingDetail(chair, closed)).scope.isChair).toBe(true);
    await expect(getMeetingDetail(staff, "00000000-0000-4000-8000-00000000dead")).rejects.toMatchObject({
      status: 404,
    });
    await expect(getMeetingDetail(staff, "bukan-uuid")).rejects.toMatchObject({ status: 404 });
  });
});

describe("drafts: autosave versions, sanitising, diffs", () => {
  it("every changing save is a new version; an unchanged save is not; a stale revision conflicts", async () => {
    const e = await getEditor(staff, id);
    const before = (await listVersions(staff, id)).length;
    const r1 = await saveDraft(staff, id, {
      revision: e.revision,
      content: { ...e.content, opening: "<p>Pembukaan baru</p>" },
    });
    expect(r1).toMatchObject({ changed: true, revision: e.revision + 1 });
    expect(
      await saveDraft(staff, id, {
        revision: r1.revision,
        content: { ...e.content, opening: "<p>Pembukaan baru</p>" },
      }),
    ).toMatchObject({ changed: false });
    await expect(
      saveDraft(staff, id, { revision: e.revision, content: { ...e.content, opening: "<p>Tabrakan</p>" } }),
    ).rejects.toMatchObject({ status: 409, message: expect.stringMatching(/diubah di tempat lain/) });
    expect((await listVersions(staff, id)).length).toBe(before + 1);
    const diff = await diffVersions(staff, id, e.revision, r1.revision);
    expect(diff.filter((d) => d.op !== "same")).toEqual([
      { op: "del", line: "Rapat dibuka pukul 09.00 WITA." },
      { op: "add", line: "Pembukaan baru" },
    ]);
  });

  it("a script in the rich text is neutralised on the server", async () => {
    const e = await getEditor(staff, id);
    await saveDraft(staff, id, {
      revision: e.revision,
      content: { ...e.content, closing: '<p>Ditutup<script>alert("x")</script><img src=x onerror=alert(1)></p>' },
    });
    const [v] = await db
      .select({ content: minutesVersions.content })
      .from(minutesVersions)
      .orderBy(minutesVersions.createdAt)
      .limit(1)
      .offset((await listVersions(staff, id)).length - 1);
    expect(JSON.stringify(v.content)).not.toMatch(/script|onerror|alert/);
    expect((await getEditor(staff, id)).content.closing).toBe("<p>Ditutup</p>");
  });

  it("a lone surrogate in the rich text (an emoji cut in half) is saved as U+FFFD, not refused by the database", async () => {
    const e = await getEditor(staff, id);
    const before = (await listVersions(staff, id)).length;
    const r = await saveDraft(staff, id, {
      revision: e.revision,
      content: { ...e.content, opening: "<p>Dibuka \ud83d pukul 09.00</p>", closing: "<p>Ditutup \udc00</p>" },
    });
    expect(r.changed).toBe(true);
    const saved = (await getEditor(staff, id)).content;
    expect(saved.opening).toBe("<p>Dibuka \ufffd pukul 09.00</p>");
    expect(saved.closing).toBe("<p>Ditutup \ufffd</p>");
    // The version history holds the same text (its own jsonb column).
    expect((await listVersions(staff, id)).length).toBe(before + 1);
    const [v] = await db
      .select({ content: minutesVersions.content })
      .from(minutesVersions)
      .orderBy(desc(minutesVersions.createdAt))
      .limit(1);
    expect(JSON.stringify(v.content)).toContain("Dibuka \ufffd pukul");
  });

  it("refuses a speaker who is neither in the body nor a guest", async () => {
    const e = await getEditor(staff, id);
    const content = {
      ...e.content,
      items: e.content.items.map((it) => ({ ...it, proceedings: [{ speaker: `m:${staff.id}`, summary: "x" }] })),
    };
    await expect(saveDraft(staff, id, { revision: e.revision, content })).rejects.toMatchObject({ status: 422 });
  });

  it("editing the meeting keeps the draft aligned with the agenda", async () => {
    const d = await getMeetingDetail(staff, id);
    await updateMeeting(staff, id, {
      typeId: d.meeting.typeId,
      title: d.meeting.title,
      nature: "terbuka",
      quorumRule: "dua_pertiga",
      date: d.meeting.date,
      startTime: "09:00",
      endTime: "12:00",
      place: d.meeting.place,
      chairId: chair.id,
      secretaryId: secretary.id,
      agenda: [{ id: d.agenda[0].id, title: "Laporan (diubah)" }, { title: "Acara tambahan" }],
      guests: [],
    });
    const e = await getEditor(staff, id);
    expect(e.agenda.map((a) => a.title)).toEqual(["Laporan (diubah)", "Acara tambahan"]);
    expect(e.content.items[0].agendaItemId).toBe(d.agenda[0].id);
    expect(e.content.items[0].proceedings).toHaveLength(1);
    expect(e.content.items[1].proceedings).toHaveLength(0);
  });
});

describe("review and member corrections", () => {
  it("members cannot propose before circulation; within the window they can; the note-taker answers", async () => {
    await expect(
      proposeCorrection(member, id, { section: "Pembukaan", text: "Jam pembukaan seharusnya 09.15." }),
    ).rejects.toMatchObject({ message: expect.stringMatching(/belum diedarkan/) });
    await expect(submitForReview(chair, id)).rejects.toMatchObject({ status: 403 });
    await submitForReview(staff, id);
    const cid = await proposeCorrection(member, id, { section: "Pembukaan", text: "Jam pembukaan seharusnya 09.15." });
    await expect(proposeCorrection(member, id, { section: "", text: "x" })).rejects.toMatchObject({ status: 422 });
    const late = new Date(Date.now() + 14 * 24 * 3600_000); // beyond 4 working days whatever the weekday
    await expect(
      proposeCorrection(member, id, { section: "Penutup", text: "Terlambat sekali usulan ini." }, late),
    ).rejects.toMatchObject({ message: expect.stringMatching(/berakhir/) });
    await respondCorrection(staff, cid, { decision: "diterima", response: "Diperbaiki." });
    await expect(respondCorrection(staff, cid, { decision: "ditolak" })).rejects.toMatchObject({ status: 409 });
    expect((await listCorrections(member, id))[0]).toMatchObject({ status: "diterima", response: "Diperbaiki." });
  });

  it("only the chair reviews: returns with a note, later approves; each step audited", async () => {
    await expect(approveMinutes(admin, id)).rejects.toMatchObject({
      status: 409,
      message: expect.stringMatching(/ketua rapat/),
    });
    await expect(returnToDraft(chair, id, { note: "" })).rejects.toMatchObject({ status: 422 });
    await returnToDraft(chair, id, { note: "Perbaiki jam pembukaan." });
    expect((await getMeetingDetail(staff, id)).minutes.status).toBe("draf");
    await submitForReview(staff, id);
    // A correction proposed in the window blocks approval until it is answered, listed by name.
    const cid = await proposeCorrection(member, id, { section: "Acara 1", text: "Nama pembicara kurang lengkap." });
    const pending = await approveMinutes(chair, id).catch((e) => e);
    expect(pending).toMatchObject({
      status: 409,
      message: expect.stringMatching(/1 usulan koreksi yang belum ditanggapi: "Acara 1"/),
    });
    await respondCorrection(staff, cid, { decision: "ditolak", response: "Sudah sesuai daftar hadir." });
    // One minute after circulation the window is still open: no silent early lock.
    const early = await approveMinutes(chair, id, {}, new Date(Date.now() + 60_000)).catch((e) => e);
    expect(early).toMatchObject({ status: 422, message: expect.stringMatching(/Masa koreksi anggota masih berjalan/) });
    expect((await getMeetingDetail(staff, id)).minutes.status).toBe("ditinjau");
    await approveMinutes(
      chair,
      id,
      { earlyReason: "Seluruh anggota hadir menyatakan setuju dalam rapat." },
      new Date(Date.now() + 60_000),
    );
    const [audit] = await db
      .select({ detail: auditLog.detail })
      .from(auditLog)
      .where(eq(auditLog.action, "minutes.approve"));
    expect(audit.detail).toMatchObject({ earlyReason: "Seluruh anggota hadir menyatakan setuju dalam rapat." });
    const d = await getMeetingDetail(staff, id);
    expect(d.minutes.status).toBe("final");
    expect(d.documents[0]).toMatchObject({ documentVersion: 1, completedAt: null });
    expect(d.documents[0].pageCount).toBeGreaterThanOrEqual(2);
    const actions = (await db.select({ action: auditLog.action }).from(auditLog)).map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        "minutes.submit",
        "minutes.return",
        "minutes.approve",
        "minutes.save",
        "meeting.create",
        "meeting.attendance",
      ]),
    );
    await expect(recordAttendance(staff, id, [])).rejects.toMatchObject({ status: 409 });
  });
});

describe("finalising before the window ends when every attendee has confirmed", () => {
  it("attendees confirm the draft; all of them lets the chair approve early without a reason; an edit makes them stale", async () => {
    const mid = await plenaryWithDraft(staff, chair, secretary, {
      present: 4,
      title: "Rapat Paripurna Uji Konfirmasi",
    });
    const roll = await db
      .select({ userId: meetingAttendance.userId, status: meetingAttendance.status, email: users.email })
      .from(meetingAttendance)
      .innerJoin(users, eq(users.id, meetingAttendance.userId))
      .where(eq(meetingAttendance.meetingId, mid));
    const attendees = await Promise.all(
      roll.filter((r) => r.status === "hadir" && r.userId !== chair.id).map((r) => actorFor(r.email!)),
    );
    const absentee = await actorFor(roll.find((r) => r.status === "izin" && r.userId !== chair.id)!.email!);
    const n = attendees.length;
    expect(n).toBeGreaterThanOrEqual(3);
    const progress = async () => confirmationsOf(await loadScope(staff, mid), attendees[0].id);

    await expect(confirmDraft(attendees[0], mid)).rejects.toMatchObject({
      status: 409,
      message: expect.stringMatching(/belum diedarkan/),
    });
    await submitForReview(staff, mid);
    await expect(confirmDraft(absentee, mid)).rejects.toMatchObject({
      status: 409,
      message: expect.stringMatching(/yang hadir/),
    });
    await expect(confirmDraft(staff, mid)).rejects.toMatchObject({ status: 403 });
    for (const a of attendees.slice(0, -1)) await confirmDraft(a, mid);
    await confirmDraft(attendees[0], mid); // twice is harmless
    expect(await progress()).toEqual({ expected: n, confirmed: n - 1, all: false, mine: true, mineStale: false });
    const soon = new Date(Date.now() + 60_000);
    await expect(approveMinutes(chair, mid, {}, soon)).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining(`${n - 1} dari ${n} anggota yang hadir telah mengonfirmasi`),
    });

    // Every attendee confirmed, then the draft changes: the confirmations were for the old text.
    await confirmDraft(attendees[n - 1], mid);
    expect((await progress()).all).toBe(true);
    await returnToDraft(chair, mid, { note: "Lengkapi penutup." });
    const editor = await getEditor(staff, mid);
    await saveDraft(staff, mid, {
      revision: editor.revision,
      content: { ...editor.content, closing: "<p>Rapat ditutup pukul 12.00 WITA.</p>" },
    });
    await submitForReview(staff, mid);
    expect(await progress()).toEqual({ expected: n, confirmed: 0, all: false, mine: false, mineStale: true });
    await expect(approveMinutes(chair, mid, {}, soon)).rejects.toMatchObject({ status: 422 });

    for (const a of attendees) await confirmDraft(a, mid);
    await approveMinutes(chair, mid, {}, soon);
    expect((await getMeetingDetail(staff, mid)).minutes.status).toBe("final");
    const [audit] = await db
      .select({ detail: auditLog.detail })
      .from(auditLog)
      .where(
        and(eq(auditLog.action, "minutes.approve"), eq(auditLog.entityId, (await loadScope(staff, mid)).minutes.id)),
      );
    expect(audit.detail).toMatchObject({ earlyReason: null, allAttendeesConfirmed: true });
    // Once final, confirming is closed.
    await expect(confirmDraft(attendees[0], mid)).rejects.toMatchObject({ status: 409 });
  });
});
