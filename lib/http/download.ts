/**
 * Downloads of stored bytes (signed minutes, attachments): the SHA-256 is the strong ETag, a repeat
 * request with a matching If-None-Match answers 304 without reading the bytes again, and the cache
 * policy says who may keep a copy: `public` (proxies too) only for documents anyone may read.
 */
export type CachePolicy = "public-immutable" | "private" | "no-store";

const CACHE_CONTROL: Record<CachePolicy, string> = {
  // A signed, published document never changes: its bytes are fixed by its hash.
  "public-immutable": "public, max-age=86400, immutable",
  private: "private, max-age=300",
  "no-store": "private, no-store",
};

/** The quoted strong ETag of a SHA-256 hex digest. */
export const etagOf = (sha256: string) => `"${sha256}"`;

/** Whether an If-None-Match header matches the ETag (lists, weak validators and "*" included). */
export function etagMatches(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header.split(",").some((t) => {
    const v = t.trim();
    return v === "*" || v === etag || v === `W/${etag}`;
  });
}

/** 304 for a matching validator, before the bytes are read. */
export function notModified(etag: string, cache: CachePolicy): Response {
  return new Response(null, { status: 304, headers: { etag, "cache-control": CACHE_CONTROL[cache] } });
}

/** The stored bytes with their validators and cache policy. */
export function fileResponse(file: {
  data: Uint8Array;
  mimeType: string;
  fileName: string;
  etag: string;
  inline: boolean;
  cache: CachePolicy;
}): Response {
  // A view of the stored bytes, not a copy (a cached PDF is sent many times and never changed).
  const body = new Uint8Array(file.data.buffer, file.data.byteOffset, file.data.byteLength) as Uint8Array<ArrayBuffer>;
  return new Response(body, {
    headers: {
      "content-type": file.mimeType,
      "content-length": String(file.data.length),
      "content-disposition": `${file.inline ? "inline" : "attachment"}; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "x-content-type-options": "nosniff",
      "cache-control": CACHE_CONTROL[file.cache],
      etag: file.etag,
    },
  });
}
