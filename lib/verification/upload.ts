import "server-only";
import { createHash } from "node:crypto";
import { and, eq, isNotNull } from "drizzle-orm";
import type { z } from "zod";
import { VERIFY_MAX_BYTES, VERIFY_MAX_LABEL } from "@/lib/attachments/limits";
import { allowPermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { db, type Db } from "@/lib/db";
import { epaperLetters, minutesDocuments, signerCertificates } from "@/lib/db/schema";
import { normalizeLetterCode } from "@/lib/epaper/pdf-data";
import { letterVerification, type LetterVerification } from "@/lib/epaper/verify";
import { AppError, errors } from "@/lib/errors";
import { normalizeDocumentCode } from "@/lib/minutes/pdf-data";
import { documentInfo, findVisibleDocument, type DocumentInfo } from "@/lib/minutes/public";
import { hitRateLimit } from "@/lib/rate-limit/service";
import { keyedHash, sha256Hex } from "@/lib/security/hash";
import { validateChain } from "@/lib/signing/checks";
import { inspectPdfSignatures } from "@/lib/signing/inspect";
import { trustAnchorsDer } from "@/lib/signing/trust";
import type { verificationResultSchema } from "./api-schema";

/** What an upload check answers (the schema documents it in the OpenAPI document). */
export type VerificationResult = z.output<typeof verificationResultSchema>;

function fileError(code: "payload_too_large" | "unsupported_media_type" | "validation", message: string) {
  return new AppError(code, message, { fieldErrors: { berkas: [message] } });
}

/** Refuse anything that is not a PDF within the size limit, before any parsing. */
export function checkUpload(bytes: Buffer | null | undefined): Buffer {
  if (!bytes || bytes.length === 0) throw fileError("validation", "Pilih berkas PDF yang akan diperiksa.");
  if (bytes.length > VERIFY_MAX_BYTES)
    throw fileError(
      "payload_too_large",
      `Berkas terlalu besar (maksimal ${VERIFY_MAX_LABEL}). Dokumen bertanda tangan Si Dilan jauh lebih kecil dari itu.`,
    );
  if (bytes.subarray(0, 1024).indexOf("%PDF-") === -1)
    throw fileError(
      "unsupported_media_type",
      "Berkas bukan PDF. Unggah berkas PDF risalah atau surat yang diunduh atau diterima dari Si Dilan.",
    );
  return bytes;
}

interface Target {
  kind: "risalah" | "surat";
  sha256: string | null;
  signedAt: Date | null;
  document: DocumentInfo | null;
  letter: LetterVerification | null;
}

async function minutesTarget(actor: Actor | null, code: string, tx: Db): Promise<Target | null> {
  const doc = await findVisibleDocument(actor, code, undefined, tx);
  if (!doc || !doc.completedAt) return null;
  const info = await documentInfo(actor, doc.code, tx).catch(() => null);
  return { kind: "risalah", sha256: doc.sha256, signedAt: doc.completedAt, document: info, letter: null };
}

async function letterTarget(actor: Actor | null, code: string, tx: Db): Promise<Target | null> {
  const letter = await letterVerification(actor, code, tx);
  if (!letter) return null;
  return { kind: "surat", sha256: letter.sha256, signedAt: letter.signedAt, document: null, letter };
}

/** The stored document an upload is compared with: by its verification code, or else by the upload's hash. */
async function findTarget(actor: Actor | null, code: string | null | undefined, sha256: string, tx: Db) {
  if (code) {
    const letterCode = normalizeLetterCode(code);
    if (letterCode) return letterTarget(actor, letterCode, tx);
    const minutesCode = normalizeDocumentCode(code);
    return minutesCode ? minutesTarget(actor, minutesCode, tx) : null;
  }
  const [minutes] = await tx
    .select({ code: minutesDocuments.code })
    .from(minutesDocuments)
    .where(eq(minutesDocuments.sha256, sha256));
  if (minutes) return minutesTarget(actor, minutes.code, tx);
  const [letter] = await tx
    .select({ code: epaperLetters.code })
    .from(epaperLetters)
    .where(and(eq(epaperLetters.sha256, sha256), eq(epaperLetters.status, "ditandatangani")));
  return letter?.code ? letterTarget(actor, letter.code, tx) : null;
}

/**
 * Check an uploaded PDF: is it byte-for-byte the stored signed file (SHA-256), and is every signature
 * in it cryptographically valid (pkijs) and chained to a trusted root, the last one covering the whole
 * file? With a code, the upload is compared with that minutes document or letter; without one, it is
 * looked up by its hash among both.
 */
export async function verifyUpload(
  actor: Actor | null,
  input: { file: Buffer | null | undefined; code?: string | null; ip?: string | null },
  tx: Db = db,
): Promise<VerificationResult> {
  await allowPermission(actor, "minutes.verify", tx);
  if (input.ip !== undefined) {
    // Checking a 20 MB upload costs real CPU: 30 checks per 10 minutes per address is plenty for people.
    const limit = await hitRateLimit(`minutes.verify:${keyedHash(input.ip ?? "tanpa-ip")}`, 30, 600, tx);
    if (!limit.allowed)
      throw errors.rateLimited(
        limit.retryAfter,
        "Terlalu banyak pemeriksaan dokumen dari alamat Anda. Coba lagi beberapa menit lagi.",
      );
  }
  const bytes = checkUpload(input.file);
  const sha256 = sha256Hex(bytes);
  const reasons: string[] = [];
  const target = await findTarget(actor, input.code, sha256, tx);
  if (!target)
    reasons.push(
      input.code
        ? "Kode verifikasi tidak dikenal atau dokumennya tidak tersedia untuk umum."
        : "Tidak ada risalah atau surat terdaftar yang sama persis dengan berkas ini.",
    );
  else if (target.sha256 && target.sha256 !== sha256) {
    const what = target.kind === "surat" ? `surat ${target.letter?.code}` : `dokumen ${target.document?.code}`;
    reasons.push(
      `Berkas tidak sama dengan ${what} yang tersimpan (SHA-256 berbeda): isinya telah diubah atau ini berkas lain.`,
    );
  }

  const checks = await inspectPdfSignatures(bytes);
  // Trust comes only from a chain verified by signature up to a trust anchor, never from a name or
  // from the certificate merely being stored (an admin may have imported it with an override).
  const anchors = await trustAnchorsDer(tx);
  const overridden = new Set(
    (
      await tx
        .select({ f: signerCertificates.fingerprint })
        .from(signerCertificates)
        .where(isNotNull(signerCertificates.override))
    ).map((r) => r.f),
  );
  const at = target?.signedAt ?? new Date();
  const signatures: VerificationResult["signatures"] = [];
  for (const c of checks) {
    const fingerprint = c.signerCertDer ? createHash("sha256").update(c.signerCertDer).digest("hex") : null;
    const trusted = Boolean(c.signerCertDer && validateChain(c.signerCertDer, c.chainDer ?? [], anchors, at).ok);
    const override = !trusted && Boolean(fingerprint && overridden.has(fingerprint));
    // A rahasia letter's signer stays hidden from readers who may not see the letter.
    const hideName = target?.kind === "surat" && target.letter?.signerName === null;
    signatures.push({
      index: c.index,
      signerName: hideName ? null : c.signerName,
      valid: c.valid,
      reason: c.reason,
      coversWholeDocument: c.coversWholeDocument,
      trusted,
      override,
    });
    const who = `Tanda tangan ke-${c.index}${c.signerName && !hideName ? ` (${c.signerName})` : ""}`;
    if (!c.valid) reasons.push(`${who} tidak sah: ${c.reason}`);
    else if (override)
      reasons.push(
        `${who} dibuat dengan sertifikat yang rantainya tidak tervalidasi; sertifikat itu diimpor dengan pengecualian oleh admin.`,
      );
    else if (!trusted)
      reasons.push(`${who} dibuat dengan sertifikat yang tidak diterbitkan oleh CA tepercaya Si Dilan.`);
  }
  if (checks.length === 0) reasons.push("Berkas tidak memuat tanda tangan elektronik.");
  else if (!checks[checks.length - 1].coversWholeDocument)
    reasons.push("Ada perubahan yang ditambahkan setelah tanda tangan terakhir.");
  const ok = reasons.length === 0;
  return {
    verdict: ok ? "asli" : "tidak_cocok",
    label: ok ? "Dokumen asli" : "Tidak cocok",
    reasons,
    sha256,
    kind: target?.kind ?? null,
    document: target?.document ?? null,
    letter: target?.letter ?? null,
    signatures,
  };
}
