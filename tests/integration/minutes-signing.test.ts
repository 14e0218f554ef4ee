import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { minutesDocuments, minutesSignatures } from "@/lib/db/schema";
import { saveDraft, getEditor } from "@/lib/minutes/drafts";
import { getMeetingDetail } from "@/lib/minutes/queries";
import { documentInfo, readDocumentPdf } from "@/lib/minutes/public";
import { verifyUpload } from "@/lib/verification/upload";
import {
  approveMinutes,
  publishMinutes,
  signMinutes,
  startCorrection,
  submitForReview,
} from "@/lib/minutes/workflow-transitions";
import { sha256Hex } from "@/lib/security/hash";
import { organisationCaPem } from "@/lib/signing/authority";
import { actorFor, DEMO } from "../helpers/actors";
import { DEMO_PASSWORD, pdfsig, plenaryWithDraft } from "../helpers/minutes";

let staff: Actor, chair: Actor, secretary: Actor, other: Actor;
let meetingId: string;

beforeAll(async () => {
  staff = await actorFor(DEMO.staff);
  secretary = await actorFor(DEMO.staff2);
  chair = await actorFor(DEMO.ketua);
  other = await actorFor(DEMO.memberDapil1);
  meetingId = await plenaryWithDraft(staff, chair, secretary);
  await submitForReview(staff, meetingId);
  await approveMinutes(chair, meetingId, { earlyReason: "Uji: semua anggota sudah menyetujui draf." });
});

const docOf = async () => (await getMeetingDetail(staff, meetingId)).documents[0];

describe("signing the final minutes", () => {
  it("refuses the secretary before the chair has signed", async () => {
    await expect(signMinutes(secretary, meetingId, { password: DEMO_PASSWORD })).rejects.toThrow(
      "Ketua rapat harus menandatangani lebih dahulu",
    );
  });

  it("refuses a wrong password with a field error and signs nothing", async () => {
    const err = await signMinutes(chair, meetingId, { password: "bukan-sandinya" }).catch((e) => e);
    expect(err.status).toBe(422);
    expect(err.fieldErrors.password[0]).toMatch(/Kata sandi salah/);
    expect(await db.select().from(minutesSignatures)).toHaveLength(0);
  });

  it("refuses a member who is neither chair nor secretary", async () => {
    const err = await signMinutes(other, meetingId, { password: DEMO_PASSWORD }).catch((e) => e);
    expect([404, 409]).toContain(err.status);
  });

  it("refuses editing the draft once final", async () => {
    const editor = await getEditor(staff, meetingId);
    await expect(
      saveDraft(staff, meetingId, {
        revision: editor.revision,
        content: { ...editor.content, closing: "<p>diubah</p>" },
      }),
    ).rejects.toThrow(/sudah final dan terkunci/);
  });

  it("adds the chair's then the secretary's PAdES signature; pdfsig finds both valid, the last covering the whole file", async () => {
    expect(await signMinutes(chair, meetingId, { password: DEMO_PASSWORD })).toMatchObject({
      role: "ketua",
      completed: false,
    });
    await expect(signMinutes(chair, meetingId, { password: DEMO_PASSWORD })).rejects.toThrow(
      "Anda sudah menandatangani",
    );
    expect(await signMinutes(secretary, meetingId, { password: DEMO_PASSWORD })).toMatchObject({
      role: "sekretaris",
      completed: true,
    });
    const detail = await getMeetingDetail(staff, meetingId);
    expect(detail.minutes.status).toBe("ditandatangani");
    const [row] = await db.select().from(minutesDocuments).where(eq(minutesDocuments.id, detail.documents[0].id));
    expect(row.sha256).toBe(sha256Hex(row.pdf));
    const out = pdfsig(row.pdf, (await organisationCaPem())!);
    expect(out.match(/Signature is Valid\./g)).toHaveLength(2);
    expect(out).toMatch(
      /Signature #1:[\s\S]*Not total document signed[\s\S]*Signature #2:[\s\S]*Total document signed/,
    );
    expect(out).toMatch(/Signer Certificate Common Name: H\. Abdul Rahman Saleh/);
    expect(out).toMatch(/Signer Certificate Common Name: Dedi Kurniawan, S\.H\./);
    expect(out).toMatch(/Signature Type: ETSI\.CAdES\.detached/);
    expect(out.match(/Certificate is Trusted\./g), out).toHaveLength(2);

    // One byte inside the first revision (content streams are compressed, so pick an offset).
    const tampered = Buffer.from(row.pdf);
    tampered[1000] ^= 0x01;
    expect(pdfsig(tampered, (await organisationCaPem())!)).toMatch(/Digest Mismatch\./);
  });

  it("downloads serve the stored bytes; the public sees nothing until publication", async () => {
    const doc = await docOf();
    const staffFile = await readDocumentPdf(staff, doc.id);
    expect(sha256Hex(staffFile.data)).toBe(doc.sha256);
    await expect(readDocumentPdf(null, doc.code)).rejects.toMatchObject({ status: 404 });
    const before = await verifyUpload(null, { file: staffFile.data });
    expect(before.verdict).toBe("tidak_cocok");
    await publishMinutes(staff, meetingId);
    const pub = await readDocumentPdf(null, doc.code);
    expect(pub.data.equals(staffFile.data)).toBe(true);
  });

  it("verifies the stored file as authentic and a one-byte change as not matching, with reasons", async () => {
    const doc = await docOf();
    const { data } = await readDocumentPdf(null, doc.code);
    const ok = await verifyUpload(null, { file: data, code: doc.code });
    expect(ok.label).toBe("Dokumen asli");
    expect(ok.signatures.map((s) => [s.valid, s.trusted])).toEqual([
      [true, true],
      [true, true],
    ]);
    expect(ok.document?.signatures.map((s) => s.role)).toEqual(["ketua", "sekretaris"]);
    const bad = Buffer.from(data);
    bad[1000] ^= 0x20;
    const res = await verifyUpload(null, { file: bad, code: doc.code });
    expect(res.label).toBe("Tidak cocok");
    expect(res.reasons.join(" ")).toMatch(/SHA-256 berbeda/);
    expect(res.reasons.join(" ")).toMatch(/digest tidak cocok/);
    const appended = Buffer.concat([data, Buffer.from("\n% tambahan\n")]);
    expect((await verifyUpload(null, { file: appended })).reasons.join(" ")).toMatch(
      /perubahan yang ditambahkan setelah tanda tangan terakhir|Tidak ada risalah terdaftar/,
    );
  });

  it("refuses a non-PDF and an oversized upload with clear messages", async () => {
    await expect(verifyUpload(null, { file: Buffer.from("GIF89a bukan pdf") })).rejects.toMatchObject({
      status: 415,
      message: /bukan PDF/,
    });
    await expect(verifyUpload(null, { file: Buffer.alloc(21 * 1024 * 1024, 0x25) })).rejects.toMatchObject({
      status: 413,
    });
    await expect(verifyUpload(null, { file: null })).rejects.toMatchObject({ status: 422 });
  });

  it("a correction after signing makes a new version that supersedes the old; both stay downloadable", async () => {
    const first = await docOf();
    await expect(startCorrection(staff, meetingId, { reason: "x" })).rejects.toMatchObject({ status: 422 });
    await startCorrection(staff, meetingId, { reason: "Nama narasumber pada acara 1 salah tulis." });
    const editor = await getEditor(staff, meetingId);
    await saveDraft(staff, meetingId, {
      revision: editor.revision,
      content: { ...editor.content, closing: "<p>Rapat ditutup pukul 12.05 WITA.</p>" },
    });
    await submitForReview(staff, meetingId);
    await approveMinutes(chair, meetingId, { earlyReason: "Uji: semua anggota sudah menyetujui draf." });
    await signMinutes(chair, meetingId, { password: DEMO_PASSWORD });
    await signMinutes(secretary, meetingId, { password: DEMO_PASSWORD });
    const docs = (await getMeetingDetail(staff, meetingId)).documents;
    expect(docs.map((d) => d.documentVersion)).toEqual([2, 1]);
    expect(docs[1].supersededAt).not.toBeNull();
    expect(docs[0].supersededAt).toBeNull();
    const [v2] = await db.select().from(minutesDocuments).where(eq(minutesDocuments.id, docs[0].id));
    expect(v2.supersedesId).toBe(first.id);
    expect(v2.correctionReason).toMatch(/salah tulis/);
    const old = await readDocumentPdf(null, first.code);
    const v = await verifyUpload(null, { file: old.data });
    expect(v.verdict).toBe("asli");
    expect(v.document?.current).toBe(false);
    // Superseded but the new version is not yet published: the public is told it is in preparation
    // (no replacement to link), staff already get the link; after publication the public gets it too.
    expect(await documentInfo(null, first.code)).toMatchObject({ current: false, replacement: null });
    expect((await documentInfo(staff, first.code)).replacement).toEqual({ code: docs[0].code, documentVersion: 2 });
    await publishMinutes(staff, meetingId);
    expect((await documentInfo(null, first.code)).replacement).toEqual({ code: docs[0].code, documentVersion: 2 });
  });
});
