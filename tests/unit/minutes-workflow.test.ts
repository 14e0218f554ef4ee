import { describe, expect, it } from "vitest";
import {
  confirmationGuard,
  confirmationProgress,
  correctionDeadline,
  correctionGuard,
  correctionWindow,
  editGuard,
  guard,
  type WorkflowContext,
} from "@/lib/minutes/workflow-rules";

const base: WorkflowContext = {
  status: "draf",
  isChair: false,
  isSecretary: false,
  isOffice: false,
  nature: "terbuka",
  chairSigned: false,
  secretarySigned: false,
};
const ctx = (c: Partial<WorkflowContext>) => ({ ...base, ...c });

describe("workflow guards", () => {
  it("only office staff submit a draft, and only a draft", () => {
    expect(guard("ajukan", ctx({ isOffice: true }))).toEqual({ ok: true, next: "ditinjau" });
    expect(guard("ajukan", ctx({ isChair: true })).ok).toBe(false);
    expect(guard("ajukan", ctx({ isOffice: true, status: "final" })).ok).toBe(false);
  });

  it("only the chair approves or returns, and only while under review", () => {
    expect(guard("setujui", ctx({ isChair: true, status: "ditinjau" }))).toEqual({ ok: true, next: "final" });
    expect(guard("kembalikan", ctx({ isChair: true, status: "ditinjau" }))).toEqual({ ok: true, next: "draf" });
    expect(guard("setujui", ctx({ isOffice: true, isSecretary: true, status: "ditinjau" }))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/ketua rapat/),
    });
    expect(guard("setujui", ctx({ isChair: true, status: "draf" })).ok).toBe(false);
  });

  it("signing: final only, chair first, then the secretary, each once", () => {
    expect(guard("tandatangani", ctx({ isChair: true, status: "ditinjau" }))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/harus final/),
    });
    expect(guard("tandatangani", ctx({ isSecretary: true, status: "final" }))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/Ketua rapat harus menandatangani lebih dahulu/),
    });
    expect(guard("tandatangani", ctx({ isChair: true, status: "final" }))).toEqual({ ok: true, signAs: "ketua" });
    expect(guard("tandatangani", ctx({ isChair: true, status: "final", chairSigned: true }))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/sudah menandatangani/),
    });
    expect(guard("tandatangani", ctx({ isSecretary: true, status: "final", chairSigned: true }))).toEqual({
      ok: true,
      signAs: "sekretaris",
      next: "ditandatangani",
    });
    expect(guard("tandatangani", ctx({ isOffice: true, status: "final", chairSigned: true }))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/Hanya ketua rapat dan sekretaris rapat/),
    });
    expect(guard("tandatangani", ctx({ isChair: true, status: "ditandatangani" }))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/sudah ditandatangani lengkap/),
    });
  });

  it("one person who is both chair and secretary still signs in order", () => {
    const both = ctx({ isChair: true, isSecretary: true, status: "final" });
    expect(guard("tandatangani", both)).toMatchObject({ signAs: "ketua" });
    expect(guard("tandatangani", { ...both, chairSigned: true })).toMatchObject({ signAs: "sekretaris" });
  });

  it("publishes only fully signed minutes of open meetings, by office staff", () => {
    expect(guard("terbitkan", ctx({ isOffice: true, status: "ditandatangani" }))).toEqual({ ok: true, next: "terbit" });
    expect(guard("terbitkan", ctx({ isOffice: true, status: "ditandatangani", nature: "tertutup" }))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/tertutup/),
    });
    expect(guard("terbitkan", ctx({ isOffice: true, status: "final" })).ok).toBe(false);
    expect(guard("terbitkan", ctx({ isChair: true, status: "ditandatangani" })).ok).toBe(false);
  });

  it("a correction after signing reopens the draft; not before signing", () => {
    expect(guard("koreksi", ctx({ isOffice: true, status: "terbit" }))).toEqual({ ok: true, next: "draf" });
    expect(guard("koreksi", ctx({ isOffice: true, status: "ditandatangani" })).ok).toBe(true);
    expect(guard("koreksi", ctx({ isOffice: true, status: "final" })).ok).toBe(false);
  });

  it("the draft can be edited only as a draft, with a clear reason otherwise", () => {
    expect(editGuard("draf").ok).toBe(true);
    expect(editGuard("ditinjau")).toMatchObject({ ok: false, reason: expect.stringMatching(/ditinjau/) });
    expect(editGuard("final")).toMatchObject({ ok: false, reason: expect.stringMatching(/terkunci/) });
    expect(editGuard("terbit").ok).toBe(false);
  });
});

describe("correction window", () => {
  const opened = new Date("2026-11-10T02:00:00Z");
  const day = 24 * 3600_000;
  const none = new Set<string>();
  const cal = (d: Date, n: number) => correctionDeadline(d, n, "kalender", none);

  it("is not open before the draft is circulated", () => {
    expect(correctionWindow(null, null, opened).state).toBe("belum_dibuka");
  });

  it("is open until the stored deadline: the last millisecond is in, the closing instant is out", () => {
    expect(correctionWindow(opened, cal(opened, 4), opened)).toEqual({
      state: "terbuka",
      closesAt: new Date(opened.getTime() + 4 * day),
    });
    expect(correctionWindow(opened, cal(opened, 4), new Date(opened.getTime() + 4 * day - 1)).state).toBe("terbuka");
    expect(correctionWindow(opened, cal(opened, 4), new Date(opened.getTime() + 4 * day)).state).toBe("ditutup");
    expect(correctionWindow(opened, cal(opened, 1), new Date(opened.getTime() + 2 * day)).state).toBe("ditutup");
  });

  it("counts working days with the SLA calendar, skipping a weekend and a holiday; calendar days on request", () => {
    // Circulated Thursday 12 Nov 2026, 10:00 WITA; Tuesday 17 Nov is a holiday.
    const thursday = new Date("2026-11-12T02:00:00Z");
    const holidays = new Set(["2026-11-17"]);
    // Fri 13 (1), [Sat, Sun], Mon 16 (2), [Tue 17 holiday], Wed 18 (3), Thu 19 (4): open through Thursday 19 Nov, WITA.
    const closes = correctionDeadline(thursday, 4, "kerja", holidays);
    expect(closes).toEqual(new Date("2026-11-20T00:00:00+08:00"));
    expect(correctionWindow(thursday, closes, new Date("2026-11-19T23:59:00+08:00")).state).toBe("terbuka");
    expect(correctionWindow(thursday, closes, new Date("2026-11-20T00:00:00+08:00")).state).toBe("ditutup");
    // Four 24-hour periods would have closed on Monday morning, with two of them a weekend.
    expect(correctionDeadline(thursday, 4, "kalender", holidays)).toEqual(new Date("2026-11-16T10:00:00+08:00"));
  });

  it("only body members propose, only while draft or under review and the window is open", () => {
    const open = correctionWindow(opened, cal(opened, 4), opened);
    expect(correctionGuard("ditinjau", open, true).ok).toBe(true);
    expect(correctionGuard("ditinjau", open, false)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/anggota badan rapat/),
    });
    expect(correctionGuard("final", open, true)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/sudah final/),
    });
    expect(
      correctionGuard("ditinjau", correctionWindow(opened, cal(opened, 4), new Date(opened.getTime() + 5 * day)), true),
    ).toMatchObject({ ok: false, reason: expect.stringMatching(/berakhir/) });
  });
});

describe("attendees' confirmations of the draft", () => {
  const roll = [
    { userId: "chair", status: "hadir" },
    { userId: "a", status: "hadir" },
    { userId: "b", status: "hadir" },
    { userId: "c", status: "izin" },
    { userId: "d", status: null },
  ];
  it("counts present members other than the chair, for the current revision only", () => {
    expect(confirmationProgress(roll, [{ userId: "a", revision: 3 }], 3, "chair")).toEqual({
      expected: 2,
      confirmed: 1,
      all: false,
    });
    const both = [
      { userId: "a", revision: 3 },
      { userId: "b", revision: 3 },
    ];
    expect(confirmationProgress(roll, both, 3, "chair").all).toBe(true);
    expect(confirmationProgress(roll, both, 4, "chair")).toEqual({ expected: 2, confirmed: 0, all: false });
    // Someone absent confirming does not stand in for an attendee.
    expect(confirmationProgress(roll, [...both.slice(0, 1), { userId: "c", revision: 3 }], 3, "chair").all).toBe(false);
  });
  it("a meeting with no attendee to ask never counts as all confirmed", () => {
    expect(confirmationProgress([{ userId: "chair", status: "hadir" }], [], 1, "chair").all).toBe(false);
  });
  it("only attendees confirm, only while the window is open and the draft is not final", () => {
    const open = { state: "terbuka" as const, closesAt: new Date() };
    expect(confirmationGuard("ditinjau", open, true).ok).toBe(true);
    expect(confirmationGuard("ditinjau", open, false)).toMatchObject({ ok: false });
    expect(confirmationGuard("final", open, true)).toMatchObject({ ok: false });
    expect(confirmationGuard("ditinjau", { state: "ditutup", closesAt: new Date() }, true)).toMatchObject({
      ok: false,
    });
    expect(confirmationGuard("draf", { state: "belum_dibuka", closesAt: null }, true)).toMatchObject({ ok: false });
  });
});
