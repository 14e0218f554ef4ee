import { NextResponse } from "next/server";
import { actorFromRequest } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { clientIpFromHeaders } from "@/lib/http/ip";
import { route } from "@/lib/http/route";
import { VERIFY_MAX_BYTES } from "@/lib/minutes/schema";
import { verifyUpload } from "@/lib/verification/upload";

export const dynamic = "force-dynamic";

/**
 * Check a PDF: multipart/form-data with `berkas` (and optional `kode`), or the raw PDF as
 * application/pdf with `?kode=`. Answers "Dokumen asli" or "Tidak cocok" with the reasons.
 */
export const POST = route(async (req: Request) => {
  const length = Number(req.headers.get("content-length") ?? 0);
  if (length > VERIFY_MAX_BYTES + 64 * 1024)
    throw new AppError("payload_too_large", `Berkas terlalu besar (maksimal ${VERIFY_MAX_BYTES / 1024 / 1024} MB).`);
  const type = (req.headers.get("content-type") ?? "").toLowerCase();
  let file: Buffer | null = null;
  let code: string | null = new URL(req.url).searchParams.get("kode");
  if (type.startsWith("multipart/form-data")) {
    const form = await req.formData().catch(() => {
      throw new AppError("bad_request", "Isi formulir tidak dapat dibaca.");
    });
    const f = form.get("berkas");
    if (f && typeof f !== "string") file = Buffer.from(await f.arrayBuffer());
    const k = form.get("kode");
    if (typeof k === "string" && k) code = k;
  } else if (type.startsWith("application/pdf") || type.startsWith("application/octet-stream")) {
    file = Buffer.from(await req.arrayBuffer());
  } else {
    throw new AppError(
      "unsupported_media_type",
      "Kirim berkas sebagai multipart/form-data (kolom berkas) atau application/pdf.",
    );
  }
  const result = await verifyUpload(await actorFromRequest(req), { file, code, ip: clientIpFromHeaders(req.headers) });
  return NextResponse.json(result);
});
