/**
 * Every upload limit, once. next.config.ts (proxy and server-action body caps), the route handlers'
 * JSON body parsing, the zod schemas, the form hints, the OpenAPI text and deploy/nginx.conf's
 * client_max_body_size all follow these numbers, so a limit the UI states holds end to end.
 * Safe to import from client components and from next.config.ts (no imports).
 */

const MiB = 1024 * 1024;

/** Largest single file (photo, PDF, letter scan). */
export const MAX_FILE_BYTES = 10 * MiB;
/** Files per submission (aspiration attachments, pokir photos, letter scans). */
export const MAX_FILES = 5;
/** Room for the text fields next to the files. */
const FIELDS_BYTES = 1 * MiB;
/** Largest multipart body (a form with MAX_FILES files of MAX_FILE_BYTES plus its fields). */
export const MAX_MULTIPART_BODY_BYTES = MAX_FILES * MAX_FILE_BYTES + FIELDS_BYTES;
/** Largest base64 JSON body (the API): base64 grows every 3 bytes to 4. */
export const MAX_JSON_BODY_BYTES = Math.ceil((MAX_FILES * MAX_FILE_BYTES) / 3) * 4 + FIELDS_BYTES;
/**
 * What the proxy (proxy.ts) buffers: one byte more than the largest body any route accepts, so a
 * body cut off at this size is known to be too large (413), never parsed as broken JSON.
 */
export const PROXY_BODY_BYTES = Math.max(MAX_MULTIPART_BODY_BYTES, MAX_JSON_BODY_BYTES) + 1;
/** nginx's client_max_body_size in MiB (deploy/nginx.conf), at least every body above. */
export const NGINX_BODY_MIB = Math.ceil(PROXY_BODY_BYTES / MiB);

/** Largest signed PDF someone may upload to /verifikasi to check it. */
export const VERIFY_MAX_BYTES = 20 * MiB;
/** "20 MB" as people read it. */
export const VERIFY_MAX_LABEL = `${VERIFY_MAX_BYTES / MiB} MB`;

/** "10 MB" as people read it. */
export const MAX_FILE_LABEL = `${MAX_FILE_BYTES / MiB} MB`;

/** "3,2 MB" or "850 KB": a file's or an upload's size as people read it. */
export function formatBytes(n: number): string {
  return n >= 1_000_000
    ? `${(n / MiB).toLocaleString("id-ID", { maximumFractionDigits: 1 })} MB`
    : `${Math.max(1, Math.round(n / 1024))} KB`;
}

/** The Indonesian hint shown under a file input. */
export function fileLimitHint(what = "berkas"): string {
  return `paling banyak ${MAX_FILES} ${what}, masing-masing maksimal ${MAX_FILE_LABEL}`;
}

/** Downscaled photos in the browser: long side and quality (see components/form/photo-input). */
export const PHOTO_MAX_SIDE_PX = 2560;
export const PHOTO_QUALITY = 0.85;

/** The API's limit as the OpenAPI document and the API docs state it. */
export const API_UPLOAD_LIMIT_TEXT = `Paling banyak ${MAX_FILES} berkas, masing-masing maks. ${MAX_FILE_LABEL}; seluruh isi JSON maks. ${Math.floor(MAX_JSON_BODY_BYTES / MiB)} MB (base64 menambah sekitar sepertiga). Lebih dari itu: 413.`;
