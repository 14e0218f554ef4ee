import "server-only";
import { createHash } from "node:crypto";
import { eq, isNotNull } from "drizzle-orm";
import { allowPermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { minutesDocuments, signerCertificates } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { AppError, errors } from "@/lib/errors";
import { hitRateLimit } from "@/lib/rate-limit/service";
import { keyedHash, sha256Hex } from "@/lib/security/hash";
import { validateChain } from "@/lib/signing/checks";
import { inspectPdfSignatures } from "@/lib/signing/inspect";
import { trustAnchorsDer } from "@/lib/signing/trust";
import { documentInfo, findVisibleDocument, type DocumentInfo } from "./public";
import { normalizeDocumentCode } from "./pdf-data";
import { VERIFY_MAX_BYTES } from "./schema";

export interface VerificationResult {
  verdict: "asli" | "tidak_cocok";
  /** "Dokumen asli" or "Tidak cocok". */
  label: string;
  reasons: string[];
  sha256: string;
  document: DocumentInfo | null;
  signatures: {
    index: number;
    signerName: string | null;
    valid: boolean;
    reason?: string;
    coversWholeDocument: boolean;
    /** The signer certificate chains, by signature, to the organisation CA or an admin-trusted root. */
    trusted: boolean;
    /** Not trusted, but registered: an admin imported it despite failed checks. */
    override: boolean;
  }[];
}

function fileError(code: "payload_too_large" | "unsupported_media_type" | "validation", message: string) {
  return new AppError(code, message, { fieldErrors: { berkas: [message] } });
}

/** Refuse anything that is not a PDF within the size limit, before any parsing. */
export function checkUpload(bytes: Buffer | null | undefined): Buffer {
  if (!bytes || bytes.length === 0) throw fileError("validation", "Pilih berkas PDF risalah yang akan diperiksa.");
  if (bytes.length > VERIFY_MAX_BYTES)
    throw fileError(
      "payload_too_large",
      `Berkas terlalu besar (maksimal ${VERIFY_MAX_BYTES / 1024 / 1024} MB). Risalah bertanda tangan jauh lebih kecil dari itu.`,
    );
  if (bytes.subarray(0, 1024).indexOf("%PDF-") === -1)
    throw fileError(
      "unsupported_media_type",
      "Berkas bukan PDF. Unggah berkas PDF risalah yang diunduh dari Si Dilan.",
    );
  return bytes;
}

/**
 * Check an uploaded PDF: is it byte-for-byte the stored signed file (SHA-256), and is every signature
 * in it cryptographically valid (pkijs), the last one covering the whole file? With a code, the
 * upload is compared with that document; without one, it is looked up by its hash.
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
  let doc = null as Awaited<ReturnType<typeof findVisibleDocument>>;
  if (input.code) {
    const code = normalizeDocumentCode(input.code);
    doc = code ? await findVisibleDocument(actor, code, undefined, tx) : null;
    if (!doc || !doc.completedAt)
      reasons.push("Kode verifikasi tidak dikenal atau dokumennya tidak tersedia untuk umum.");
  } else {
    const [byHash] = await tx
      .select({ code: minutesDocuments.code })
      .from(minutesDocuments)
      .where(eq(minutesDocuments.sha256, sha256));
    doc = byHash ? await findVisibleDocument(actor, byHash.code, undefined, tx) : null;
    if (!doc) reasons.push("Tidak ada risalah terdaftar yang sama persis dengan berkas ini.");
  }
  if (doc?.sha256 && doc.sha256 !== sha256)
    reasons.push(
      `Berkas tidak sama dengan dokumen ${doc.code} yang tersimpan (SHA-256 berbeda): isinya telah diubah atau ini berkas lain.`,
    );

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
  const at = doc?.completedAt ?? new Date();
  const signatures: VerificationResult["signatures"] = [];
  for (const c of checks) {
    const fingerprint = c.signerCertDer ? createHash("sha256").update(c.signerCertDer).digest("hex") : null;
    const trusted = Boolean(c.signerCertDer && validateChain(c.signerCertDer, c.chainDer ?? [], anchors, at).ok);
    const override = !trusted && Boolean(fingerprint && overridden.has(fingerprint));
    signatures.push({
      index: c.index,
      signerName: c.signerName,
      valid: c.valid,
      reason: c.reason,
      coversWholeDocument: c.coversWholeDocument,
      trusted,
      override,
    });
    const who = `Tanda tangan ke-${c.index}${c.signerName ? ` (${c.signerName})` : ""}`;
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
  const info = doc ? await documentInfo(actor, doc.code, tx).catch(() => null) : null;
  const ok = reasons.length === 0;
  return {
    verdict: ok ? "asli" : "tidak_cocok",
    label: ok ? "Dokumen asli" : "Tidak cocok",
    reasons,
    sha256,
    document: info,
    signatures,
  };
}
