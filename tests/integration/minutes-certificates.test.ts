import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { meetingAttendance, signerCertificates, signingAuthorities } from "@/lib/db/schema";
import { createMeetingType, ensureDefaultMeetingTypes, updateMeetingType } from "@/lib/minutes/meeting-types";
import { createMeeting } from "@/lib/minutes/meetings";
import { getMeetingDetail } from "@/lib/minutes/queries";
import { organisationCa, signerCredential } from "@/lib/signing/authority";
import { importSignerP12, listSigners } from "@/lib/signing/service";
import { inspectPdfSignatures } from "@/lib/signing/inspect";
import { addTrustedRoot } from "@/lib/signing/trust";
import { createCa, issueCertificate, toP12, commonName, derToPem } from "@/lib/signing/x509";
import { readDocumentPdf } from "@/lib/minutes/public";
import { actorFor, DEMO } from "../helpers/actors";
import { plenaryWithDraft, signedMinutes } from "../helpers/minutes";

let admin: Actor, staff: Actor, secretary: Actor, chair: Actor;

beforeAll(async () => {
  admin = await actorFor(DEMO.admin);
  staff = await actorFor(DEMO.staff);
  secretary = await actorFor(DEMO.staff2);
  chair = await actorFor(DEMO.ketua);
});

describe("organisation CA and signer certificates", () => {
  it("creates the CA once, in the database, and issues one active certificate per signer on first use", async () => {
    const a = await organisationCa();
    const b = await organisationCa();
    expect(b.id).toBe(a.id);
    expect(await db.select().from(signingAuthorities)).toHaveLength(1);
    const [row] = await db.select().from(signingAuthorities);
    expect(row.keySealed.toString("latin1")).not.toMatch(/PRIVATE KEY/);
    const first = await signerCredential({ id: chair.id, name: chair.name, email: chair.email });
    const again = await signerCredential({ id: chair.id, name: chair.name, email: chair.email });
    expect(again.certificateId).toBe(first.certificateId);
    expect(commonName(first.certPem)).toBe(chair.name);
  });

  it("an admin imports a PKCS#12 from a licensed CA; a wrong passphrase or a non-PKCS#12 file is refused clearly", async () => {
    const bsre = createCa("BSrE Uji");
    const cred = issueCertificate(bsre, { name: "Dedi Kurniawan, S.H.", email: "staf.persidangan@sidilan.test" });
    const p12 = toP12(cred, "sandi-p12-rahasia", "Dedi");
    await expect(
      importSignerP12(staff, { userId: secretary.id, passphrase: "sandi-p12-rahasia", file: p12 }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      importSignerP12(admin, { userId: secretary.id, passphrase: "salah", file: p12 }),
    ).rejects.toMatchObject({ status: 422, fieldErrors: { berkas: [expect.stringMatching(/kata sandinya salah/)] } });
    await expect(
      importSignerP12(admin, { userId: secretary.id, passphrase: "x", file: Buffer.from("%PDF-1.4 bukan p12") }),
    ).rejects.toMatchObject({ status: 422 });
    await expect(
      importSignerP12(admin, { userId: secretary.id, passphrase: "x", file: Buffer.alloc(200 * 1024) }),
    ).rejects.toMatchObject({ status: 413 });
    await expect(importSignerP12(admin, { userId: "bukan-uuid", passphrase: "", file: null })).rejects.toMatchObject({
      status: 422,
    });
    // A licensed CA's certificate is accepted once an admin trusts its root.
    await addTrustedRoot(admin, { pem: bsre.certPem });
    await importSignerP12(admin, { userId: secretary.id, passphrase: "sandi-p12-rahasia", file: p12 });
    const active = await db.select().from(signerCertificates).where(eq(signerCertificates.userId, secretary.id));
    expect(active.filter((c) => c.isActive).map((c) => c.source)).toEqual(["impor"]);
    expect((await listSigners(admin)).certificates.some((c) => c.issuer.includes("BSrE Uji"))).toBe(true);
  });

  it("signing then uses the imported certificate, and verification trusts it because its chain reaches a trusted root", async () => {
    const id = await plenaryWithDraft(staff, chair, secretary);
    await signedMinutes(id, staff, chair, secretary);
    const doc = (await getMeetingDetail(staff, id)).documents[0];
    const { data } = await readDocumentPdf(staff, doc.id);
    const sigs = await inspectPdfSignatures(data);
    expect(sigs.map((s) => s.valid)).toEqual([true, true]);
    expect(derToPem(sigs[1].signerCertDer!)).toContain("BEGIN CERTIFICATE");
    const { verifyUpload } = await import("@/lib/verification/upload");
    const v = await verifyUpload(staff, { file: data });
    expect(v.signatures.map((s) => s.trusted)).toEqual([true, true]);
    expect(v.verdict).toBe("asli");
  });
});

describe("meeting types (admin)", () => {
  it("a list body's members become the attendance list of its meetings", async () => {
    await ensureDefaultMeetingTypes();
    const members = (await db.query.users.findMany({ where: (u, { eq: e }) => e(u.role, "member"), limit: 5 })).map(
      (u) => u.id,
    );
    await expect(createMeetingType(staff, { name: "Pansus Uji" })).rejects.toMatchObject({ status: 403 });
    await expect(
      createMeetingType(admin, {
        name: "",
        bodyKind: "komisi",
        defaultNature: "x",
        defaultQuorumRule: "y",
        correctionDays: 99,
      }),
    ).rejects.toMatchObject({ status: 422 });
    const typeId = await createMeetingType(admin, {
      name: "Panitia Khusus Uji",
      bodyKind: "daftar",
      defaultNature: "terbuka",
      defaultQuorumRule: "lebih_setengah",
      correctionDays: "2",
      isActive: "on",
      memberIds: members,
    });
    await expect(
      createMeetingType(admin, {
        name: "Panitia Khusus Uji",
        bodyKind: "semua",
        defaultNature: "terbuka",
        defaultQuorumRule: "lebih_setengah",
        correctionDays: "2",
      }),
    ).rejects.toMatchObject({ fieldErrors: { name: [expect.stringMatching(/sudah dipakai/)] } });
    const id = await createMeeting(staff, {
      typeId,
      title: "Rapat pansus uji",
      nature: "terbuka",
      quorumRule: "lebih_setengah",
      date: "2026-11-30",
      startTime: "10:00",
      place: "Ruang Pansus",
      chairId: members[0],
      secretaryId: secretary.id,
      agenda: [{ title: "Pembahasan" }],
      guests: [],
    });
    const rows = await db.select().from(meetingAttendance).where(eq(meetingAttendance.meetingId, id));
    expect(rows.map((r) => r.userId).sort()).toEqual([...members].sort());
    const d = await getMeetingDetail(staff, id);
    expect(d.quorum.statement).toBe("Kuorum tidak tercapai: 0 dari 5 (> 1/2 = 3 diperlukan)");
    expect(d.meeting.correctionDays).toBe(2);
    await updateMeetingType(admin, typeId, {
      name: "Panitia Khusus Uji",
      bodyKind: "daftar",
      defaultNature: "tertutup",
      defaultQuorumRule: "dua_pertiga",
      correctionDays: "4",
      memberIds: members.slice(0, 2),
    });
    expect(await db.select().from(meetingAttendance).where(eq(meetingAttendance.meetingId, id))).toHaveLength(5);
  });
});
