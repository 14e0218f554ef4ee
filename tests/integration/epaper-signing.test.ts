import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { auditLog, epaperLetters, outgoingLetters } from "@/lib/db/schema";
import { decideParaf, submitToChain } from "@/lib/epaper/chain";
import { autosave, createFromTemplate, listVersions } from "@/lib/epaper/drafts";
import { createDelegation } from "@/lib/epaper/delegations";
import { signLetter } from "@/lib/epaper/sign";
import { letterVerification } from "@/lib/epaper/verify";
import { verifyUpload } from "@/lib/verification/upload";
import { todayWita } from "@/lib/letters/input-checks";
import { organisationCaPem } from "@/lib/signing/authority";
import { actorFor, DEMO } from "../helpers/actors";
import { draftInvitation, KABAG, readyToSign, SEKWAN, WAKIL } from "../helpers/epaper";
import { DEMO_PASSWORD, pdfsig } from "../helpers/minutes";

let staff: Actor, kabag: Actor, sekwan: Actor, ketua: Actor, wakil: Actor, member: Actor;

beforeAll(async () => {
  [staff, kabag, sekwan, ketua, wakil, member] = await Promise.all(
    [DEMO.staff, KABAG, SEKWAN, DEMO.ketua, WAKIL, DEMO.memberDapil1].map(actorFor),
  );
});

const letter = async (id: string) => (await db.select().from(epaperLetters).where(eq(epaperLetters.id, id)))[0];

describe("E-Paper: draft, paraf chain, signing", () => {
  it("a new letter from the form takes the template's body when the body is left empty", async () => {
    const { id } = await createFromTemplate(staff, {
      templateCode: "surat-undangan",
      subject: "Undangan",
      recipients: "Kepala Dinas PU",
      copies: "",
      body: "",
      attachmentsNote: "",
      classificationCode: "000.1.5",
      signerId: ketua.id,
      signerPosition: "Ketua DPRD Kota Balikpapan",
      nature: "biasa",
    });
    expect((await letter(id)).body).toMatch(/Bersama ini kami mengundang/);
  });

  it("autosaves versions and locks the draft while it waits on the chain", async () => {
    const { id } = await draftInvitation(staff, ketua);
    const row = await letter(id);
    const fields = {
      nature: "penting",
      subject: "Undangan RDP (ubah)",
      recipients: "Kepala Dinas PU",
      copies: "",
      body: row.body,
      classificationCode: "000.1.5",
      signerId: ketua.id,
      signerPosition: "Ketua DPRD Kota Balikpapan",
    };
    expect(await autosave(staff, id, { ...fields, revision: 0 })).toEqual({ revision: 1 });
    await expect(autosave(staff, id, { ...fields, revision: 0 })).rejects.toMatchObject({ status: 409 });
    expect(await listVersions(staff, id)).toHaveLength(2);
    await submitToChain(staff, id);
    await expect(autosave(staff, id, { ...fields, revision: 1 })).rejects.toThrow(/terkunci/);
  });

  it("enforces the chain order: nobody initials out of turn, nobody signs before the last paraf", async () => {
    const { id } = await draftInvitation(staff, ketua);
    await expect(signLetter(ketua, id, { password: DEMO_PASSWORD })).rejects.toThrow(/belum diparaf lengkap/);
    await submitToChain(staff, id);
    await expect(decideParaf(sekwan, id, { decision: "setuju" })).rejects.toThrow(/menunggu paraf Kepala Bagian Umum/);
    await expect(signLetter(ketua, id, { password: DEMO_PASSWORD })).rejects.toThrow(/belum diparaf lengkap/);
    await decideParaf(kabag, id, { decision: "setuju" });
    await expect(signLetter(ketua, id, { password: DEMO_PASSWORD })).rejects.toThrow(/belum diparaf lengkap/);
    // A return sends it back to the drafter with notes; a new round starts from the first step.
    await expect(decideParaf(sekwan, id, { decision: "kembalikan" })).rejects.toMatchObject({ status: 422 });
    expect(await decideParaf(sekwan, id, { decision: "kembalikan", note: "Perbaiki jam rapat." })).toEqual({
      status: "draf",
    });
    await submitToChain(staff, id);
    await expect(decideParaf(sekwan, id, { decision: "setuju" })).rejects.toThrow(/Kepala Bagian Umum/);
    await decideParaf(kabag, id, { decision: "setuju" });
    expect(await decideParaf(sekwan, id, { decision: "setuju" })).toEqual({ status: "menunggu_tte" });
    const audit = await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, id));
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(["epaper.create", "epaper.submit", "epaper.paraf", "epaper.return"]),
    );
    await expect(signLetter(member, id, { password: DEMO_PASSWORD })).rejects.toMatchObject({ status: 404 });
    await expect(signLetter(ketua, id, { password: "salah-sandi" })).rejects.toMatchObject({ status: 422 });
  });

  it("signs: number from the outgoing register, registered there, PAdES valid in pdfsig, one changed byte detected", async () => {
    const id = await readyToSign(staff, kabag, sekwan, ketua);
    const { number, code } = await signLetter(ketua, id, { password: DEMO_PASSWORD });
    expect(number).toMatch(/^000\.1\.5\/\d{4}\/DPRD\/\d{4}$/);
    const row = await letter(id);
    expect(row.status).toBe("ditandatangani");
    const [out] = await db.select().from(outgoingLetters).where(eq(outgoingLetters.id, row.outgoingLetterId!));
    expect(out).toMatchObject({ status: "terbit", number, subject: row.subject });
    const report = pdfsig(row.pdf!, (await organisationCaPem())!);
    expect(report).toMatch(/Signature is Valid\./);
    expect(report).toMatch(/Total document signed/);
    expect(report).toMatch(/Signature Type: ETSI\.CAdES\.detached/);
    expect(report).toMatch(/Certificate is Trusted\./);
    const tampered = Buffer.from(row.pdf!);
    tampered[1000] ^= 0x01;
    expect(pdfsig(tampered, (await organisationCaPem())!)).toMatch(/Digest Mismatch\./);
    expect((await verifyUpload(null, { file: row.pdf!, code })).verdict).toBe("asli");
    expect((await verifyUpload(null, { file: tampered, code })).verdict).toBe("tidak_cocok");
    expect(await letterVerification(null, code)).toMatchObject({
      number,
      subject: row.subject,
      signerName: ketua.name,
      current: true,
    });
    await expect(signLetter(ketua, id, { password: DEMO_PASSWORD })).rejects.toThrow(/sudah ditandatangani/);
  });

  it("respects delegation windows: a Wakil Ketua signs a.n. Ketua only within the dates", async () => {
    const id = await readyToSign(staff, kabag, sekwan, ketua);
    await expect(signLetter(wakil, id, { password: DEMO_PASSWORD })).rejects.toMatchObject({ status: 404 });
    const today = todayWita();
    const shift = (days: number) =>
      new Date(Date.parse(`${today}T12:00:00+08:00`) + days * 86_400_000).toISOString().slice(0, 10);
    await createDelegation(staff, {
      principalId: ketua.id,
      delegateId: wakil.id,
      mode: "an",
      startsOn: shift(-10),
      endsOn: shift(-1),
      note: "Kunjungan kerja (lampau)",
    });
    await expect(signLetter(wakil, id, { password: DEMO_PASSWORD })).rejects.toThrow(/tidak memiliki delegasi/);
    await createDelegation(staff, {
      principalId: ketua.id,
      delegateId: wakil.id,
      mode: "an",
      startsOn: shift(1),
      endsOn: shift(3),
    });
    await expect(signLetter(wakil, id, { password: DEMO_PASSWORD })).rejects.toThrow(/tidak memiliki delegasi/);
    await expect(
      createDelegation(staff, {
        principalId: ketua.id,
        delegateId: wakil.id,
        mode: "an",
        startsOn: shift(2),
        endsOn: shift(1),
      }),
    ).rejects.toMatchObject({ status: 422 });
    await createDelegation(staff, {
      principalId: ketua.id,
      delegateId: wakil.id,
      mode: "an",
      startsOn: today,
      endsOn: shift(2),
      note: "Ketua dinas luar",
    });
    const { code } = await signLetter(wakil, id, { password: DEMO_PASSWORD });
    expect(await letterVerification(null, code)).toMatchObject({
      signerName: wakil.name,
      capacity: "a.n. Ketua DPRD Kota Balikpapan",
    });
  });
});
