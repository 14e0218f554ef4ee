import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { fileTypeFromBuffer } from "file-type";
import sharp from "sharp";
import { attachments } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { sha256Hex } from "@/lib/security/hash";
import { isUuid } from "@/lib/validation";
import { MAX_FILE_BYTES, MAX_FILE_LABEL } from "./limits";

export const MAX_ATTACHMENT_BYTES = MAX_FILE_BYTES;

export type AttachmentKind = "image" | "pdf";

const MIME_KIND: Record<string, AttachmentKind> = {
  "image/jpeg": "image",
  "image/png": "image",
  "image/webp": "image",
  "application/pdf": "pdf",
};

/** A file as received from a form, an API or a mail parser. */
export interface IncomingFile {
  name: string;
  data: Buffer;
}

/** A checked file ready to store: type from magic bytes, images re-encoded without metadata. */
export interface PreparedFile {
  fileName: string;
  mimeType: string;
  kind: AttachmentKind;
  data: Buffer;
  sha256: string;
}

/** Accept a browser File or an IncomingFile. */
export async function toIncoming(file: File | IncomingFile): Promise<IncomingFile> {
  if ("data" in file) return file;
  return { name: file.name, data: Buffer.from(await file.arrayBuffer()) };
}

function safeName(name: string, ext: string): string {
  const base = name
    .replace(/\.[^.]*$/, "")
    .normalize("NFKC")
    .replace(/[^\p{L}\p{N} _-]+/gu, "")
    .trim()
    .slice(0, 80);
  return `${base || "lampiran"}.${ext}`;
}

/**
 * Check one file: size, real type by magic bytes (never the extension or the declared type), and
 * for images a re-encode that drops every metadata block (EXIF, GPS, XMP) because anonymity has
 * leaked through photo metadata before.
 */
export async function prepareFile(
  file: IncomingFile,
  allowed: AttachmentKind[] = ["image", "pdf"],
  field = "lampiran",
): Promise<PreparedFile> {
  const label = `Berkas "${file.name.slice(0, 60)}"`;
  if (file.data.length === 0) throw fileError(field, `${label} kosong.`);
  if (file.data.length > MAX_ATTACHMENT_BYTES)
    throw fileError(
      field,
      `${label} melebihi batas ${MAX_FILE_LABEL}. Perkecil foto atau pindai ulang dengan resolusi lebih rendah, lalu kirim lagi.`,
      "payload_too_large",
    );
  const detected = await fileTypeFromBuffer(file.data);
  const kind = detected ? MIME_KIND[detected.mime] : undefined;
  if (!detected || !kind || !allowed.includes(kind)) {
    const what = allowed.includes("pdf")
      ? allowed.includes("image")
        ? "gambar (JPG, PNG, WebP) atau PDF"
        : "PDF"
      : "gambar (JPG, PNG, WebP)";
    throw fileError(
      field,
      `${label} bukan ${what} yang sah. Jenis berkas diperiksa dari isinya, bukan dari namanya.`,
      "unsupported_media_type",
    );
  }
  let data = file.data;
  let mimeType = detected.mime;
  let ext = detected.ext;
  if (kind === "image") {
    try {
      // rotate() applies the EXIF orientation before the metadata is dropped (sharp keeps none by default).
      const img = sharp(file.data, { limitInputPixels: 60_000_000 }).rotate();
      if (detected.mime === "image/png") data = await img.png().toBuffer();
      else if (detected.mime === "image/webp") data = await img.webp({ quality: 85 }).toBuffer();
      else {
        data = await img.jpeg({ quality: 85, mozjpeg: true }).toBuffer();
        mimeType = "image/jpeg";
        ext = "jpg";
      }
    } catch {
      throw fileError(field, `${label} rusak atau tidak dapat dibaca sebagai gambar.`, "unsupported_media_type");
    }
  }
  return { fileName: safeName(file.name, ext), mimeType, kind, data, sha256: sha256Hex(data) };
}

function fileError(
  field: string,
  message: string,
  code: "validation" | "payload_too_large" | "unsupported_media_type" = "validation",
) {
  return new AppError(code === "validation" ? "validation" : code, message, { fieldErrors: { [field]: [message] } });
}

/** Check a list of files against a count limit; returns them prepared. */
export async function prepareFiles(
  files: (File | IncomingFile)[],
  opts: { max: number; allowed?: AttachmentKind[]; field?: string },
): Promise<PreparedFile[]> {
  const field = opts.field ?? "lampiran";
  // An empty file input arrives as a zero-byte file named "" (through Next's server-action decoding
  // sometimes "undefined"): that is no file. A chosen empty file keeps its name and is refused below.
  const real = files.filter((f) =>
    "data" in f ? f.data.length > 0 || f.name : f.size > 0 || (f.name && f.name !== "undefined"),
  );
  if (real.length > opts.max) throw fileError(field, `Paling banyak ${opts.max} berkas.`);
  const out: PreparedFile[] = [];
  for (const f of real) out.push(await prepareFile(await toIncoming(f), opts.allowed, field));
  return out;
}

/** Store prepared files for an owner; call inside the owner's transaction. */
export async function saveAttachments(
  owner: { type: string; id: string },
  files: PreparedFile[],
  uploadedBy?: string | null,
  tx: Db = db,
): Promise<string[]> {
  if (files.length === 0) return [];
  const rows = await tx
    .insert(attachments)
    .values(
      files.map((f) => ({
        ownerType: owner.type,
        ownerId: owner.id,
        fileName: f.fileName,
        mimeType: f.mimeType,
        size: f.data.length,
        sha256: f.sha256,
        data: f.data,
        uploadedBy: uploadedBy ?? null,
      })),
    )
    .returning({ id: attachments.id });
  return rows.map((r) => r.id);
}

export interface AttachmentMeta {
  id: string;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
  createdAt: Date;
}

const metaColumns = {
  id: attachments.id,
  fileName: attachments.fileName,
  mimeType: attachments.mimeType,
  size: attachments.size,
  sha256: attachments.sha256,
  createdAt: attachments.createdAt,
};

/** Metadata (no bytes) of an owner's files. The caller has checked that the actor may see the owner. */
export async function listAttachments(owner: { type: string; id: string }, tx: Db = db): Promise<AttachmentMeta[]> {
  return tx
    .select(metaColumns)
    .from(attachments)
    .where(and(eq(attachments.ownerType, owner.type), eq(attachments.ownerId, owner.id)))
    .orderBy(asc(attachments.createdAt));
}

/** An attachment's metadata and owner, without the bytes (for access checks and 304 answers). */
export async function readAttachmentMeta(id: string, tx: Db = db) {
  if (!isUuid(id)) return null;
  const rows = await tx
    .select({ ...metaColumns, ownerType: attachments.ownerType, ownerId: attachments.ownerId })
    .from(attachments)
    .where(eq(attachments.id, id));
  return rows[0] ?? null;
}

/** The bytes of one attachment. */
export async function readAttachmentData(id: string, tx: Db = db): Promise<Buffer | null> {
  const rows = await tx.select({ data: attachments.data }).from(attachments).where(eq(attachments.id, id));
  return rows[0]?.data ?? null;
}
