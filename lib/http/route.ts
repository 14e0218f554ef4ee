import { NextResponse } from "next/server";
import { z } from "zod";
import { requirePermission } from "@/lib/auth/guard";
import type { Permission } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { actorFromRequest } from "@/lib/auth/session";
import { AppError, isAppError, type FieldErrors } from "@/lib/errors";
import { MAX_FILE_BYTES, MAX_FILE_LABEL, MAX_FILES, PROXY_BODY_BYTES } from "@/lib/attachments/limits";
import { fieldErrorsOf } from "@/lib/validation";

/** JSON error body shared by every API route. */
export function jsonError(
  status: number,
  code: string,
  message: string,
  fieldErrors?: FieldErrors,
  headers?: HeadersInit,
) {
  return NextResponse.json({ error: { code, message, ...(fieldErrors ? { fieldErrors } : {}) } }, { status, headers });
}

/**
 * Wrap a route handler: AppErrors become their 4xx with an Indonesian message, zod errors 422,
 * anything else a logged 500 without details.
 */
export function route<C>(handler: (req: Request, ctx: C) => Promise<Response>) {
  return async (req: Request, ctx: C): Promise<Response> => {
    try {
      return await handler(req, ctx);
    } catch (e) {
      if (isAppError(e)) {
        const headers = e.retryAfter ? { "Retry-After": String(e.retryAfter) } : undefined;
        return jsonError(e.status, e.code, e.message, e.fieldErrors, headers);
      }
      if (e instanceof z.ZodError) {
        return jsonError(422, "validation", "Periksa kembali data yang dikirim.", fieldErrorsOf(e));
      }
      console.error("[api]", e);
      return jsonError(500, "internal", "Terjadi gangguan pada layanan. Silakan coba lagi.");
    }
  };
}

/** The 413 of a body over `maxBytes`, saying what fits. */
function tooLarge(maxBytes: number): AppError {
  const mb = Math.floor(maxBytes / (1024 * 1024));
  const files =
    maxBytes >= MAX_FILE_BYTES ? ` Paling banyak ${MAX_FILES} berkas, masing-masing maksimal ${MAX_FILE_LABEL}.` : "";
  return new AppError(
    "payload_too_large",
    `Data yang dikirim terlalu besar (batas ${mb} MB untuk seluruh isi permintaan).${files} Perkecil atau kurangi berkas, lalu kirim lagi.`,
  );
}

/**
 * Read a JSON body with a size limit: a body over the limit is a 413 (checked from Content-Length
 * before reading, and again after the read, for a body sent without or with a false Content-Length), bad JSON a 400.
 */
export async function readJson(req: Request, maxBytes = 1_000_000): Promise<unknown> {
  const type = req.headers.get("content-type") ?? "";
  if (!type.toLowerCase().includes("application/json")) {
    throw new AppError("unsupported_media_type", "Gunakan Content-Type: application/json.");
  }
  const declared = Number(req.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  const text = await req.text();
  const size = Buffer.byteLength(text);
  if (size > maxBytes || size >= PROXY_BODY_BYTES) throw tooLarge(maxBytes);
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "Isi permintaan bukan JSON yang valid.");
  }
}

/**
 * A route handler behind one permission: the caller (personal API token or session) is resolved and
 * checked before the handler runs. Scope rules stay in the service the handler calls.
 */
export function protectedRoute<C>(
  permission: Permission,
  handler: (req: Request, ctx: C, actor: Actor) => Promise<Response>,
) {
  const fn = route(async (req: Request, ctx: C) => {
    const actor = await requirePermission(await actorFromRequest(req), permission);
    return handler(req, ctx, actor);
  });
  return Object.assign(fn, { meta: { permission } });
}
