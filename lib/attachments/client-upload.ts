/**
 * Browser-side preparation of a form's files before a server action sends them: photos from a
 * phone (often 4000 px and 5–9 MB) are downscaled to PHOTO_MAX_SIDE_PX and re-encoded, so they
 * arrive quickly and within the limits. Without JavaScript the raw files go up and the server
 * checks them. The server still verifies magic bytes, re-encodes and strips metadata either way.
 */
import {
  MAX_FILE_BYTES,
  MAX_FILE_LABEL,
  MAX_FILES,
  MAX_MULTIPART_BODY_BYTES,
  PHOTO_MAX_SIDE_PX,
  PHOTO_QUALITY,
} from "./limits";

const SCALABLE = new Set(["image/jpeg", "image/png", "image/webp"]);

/** Long side ≤ PHOTO_MAX_SIDE_PX as JPEG (PNG keeps transparency as WebP); the original when that is not smaller. */
export async function downscaleImage(file: File): Promise<File> {
  if (!SCALABLE.has(file.type) || typeof createImageBitmap !== "function") return file;
  try {
    const bitmap = await createImageBitmap(file, { imageOrientation: "from-image" });
    const scale = Math.min(1, PHOTO_MAX_SIDE_PX / Math.max(bitmap.width, bitmap.height));
    if (scale === 1 && file.size <= 1_500_000) {
      bitmap.close();
      return file;
    }
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext("2d")?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    const type = file.type === "image/png" ? "image/webp" : "image/jpeg";
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, type, PHOTO_QUALITY));
    if (!blob || blob.size >= file.size) return file;
    const name = file.name.replace(/\.[^.]*$/, "") + (type === "image/webp" ? ".webp" : ".jpg");
    return new File([blob], name, { type, lastModified: file.lastModified });
  } catch {
    return file;
  }
}

/**
 * Replace the files of `field` in `fd` by their downscaled versions and check the limits before
 * anything is sent. Returns the bytes to send, or the Indonesian message of a limit it breaks.
 */
export async function prepareUploads(fd: FormData, field: string): Promise<{ bytes: number; error?: string }> {
  const files = fd.getAll(field).filter((f): f is File => typeof f !== "string" && (f.size > 0 || f.name !== ""));
  if (files.length > MAX_FILES)
    return { bytes: 0, error: `Paling banyak ${MAX_FILES} berkas. Kurangi berkas, lalu kirim lagi.` };
  const ready = await Promise.all(files.map(downscaleImage));
  fd.delete(field);
  for (const f of ready) fd.append(field, f, f.name);
  const big = ready.find((f) => f.size > MAX_FILE_BYTES);
  if (big)
    return {
      bytes: 0,
      error: `Berkas "${big.name.slice(0, 60)}" melebihi batas ${MAX_FILE_LABEL}. Pilih berkas yang lebih kecil, lalu kirim lagi.`,
    };
  let bytes = 0;
  for (const [, v] of fd.entries()) bytes += typeof v === "string" ? v.length : v.size;
  if (bytes > MAX_MULTIPART_BODY_BYTES)
    return { bytes, error: "Berkas terlalu besar untuk dikirim sekaligus. Kurangi berkas, lalu kirim lagi." };
  return { bytes };
}
