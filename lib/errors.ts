/** Typed application errors with Indonesian messages; route handlers and actions map them to 4xx. */
export type ErrorCode =
  | "bad_request"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "validation"
  | "conflict"
  | "rate_limited"
  | "payload_too_large"
  | "unsupported_media_type"
  | "unavailable";

export type FieldErrors = Record<string, string[]>;

const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  validation: 422,
  conflict: 409,
  rate_limited: 429,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unavailable: 503,
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly fieldErrors?: FieldErrors;
  /** Seconds to wait, for rate limits. */
  readonly retryAfter?: number;

  constructor(code: ErrorCode, message: string, opts: { fieldErrors?: FieldErrors; retryAfter?: number } = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.status = STATUS[code];
    this.fieldErrors = opts.fieldErrors;
    this.retryAfter = opts.retryAfter;
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;

/** Common errors with their standard Indonesian wording. */
export const errors = {
  unauthorized: () => new AppError("unauthorized", "Silakan masuk terlebih dahulu."),
  /** A machine caller (webhook, mail relay) failed its own authentication: no login prompt. */
  channelUnauthorized: (what: string) =>
    new AppError(
      "unauthorized",
      `${what} tidak valid: permintaan ditolak. Periksa konfigurasi kanal di Si Dilan dan di pengirim.`,
    ),
  channelForbidden: (what: string) => new AppError("forbidden", `${what} tidak cocok: verifikasi kanal ditolak.`),
  forbidden: () => new AppError("forbidden", "Anda tidak memiliki akses untuk tindakan ini."),
  notFound: (what = "Data") => new AppError("not_found", `${what} tidak ditemukan.`),
  validation: (fieldErrors: FieldErrors, message = "Periksa kembali isian Anda.") =>
    new AppError("validation", message, { fieldErrors }),
  badRequest: (message: string) => new AppError("bad_request", message),
  conflict: (message: string) => new AppError("conflict", message),
  rateLimited: (retryAfter: number, message?: string) =>
    new AppError(
      "rate_limited",
      message ?? `Terlalu banyak percobaan. Coba lagi dalam ${Math.max(1, Math.ceil(retryAfter / 60))} menit.`,
      { retryAfter },
    ),
};
