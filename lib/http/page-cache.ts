/**
 * Which public pages the production server (scripts/server.mjs, scripts/page-cache.mjs) answers from its page
 * cache, and for how long. Only pages whose HTML is the same for every visitor without a session: the lists and
 * figures (their data is public and already cached by tag in lib/aspirations/cached.ts) and the static pages. Not
 * the forms (each render carries a fresh anti-spam form token). A look-up by code on `/lacak` is cached per code
 * (whoever asks with that URL knows the code), except when the answer is this visitor's own (a refusal by the
 * per-IP look-up limit): the page then renders NotForPageCache. Every write empties the cache, so a change shows at once on this
 * server; PAGE_CACHE_SECONDS bounds what another instance, or a change made by a script, can leave stale.
 */
export const PAGE_CACHE_SECONDS = 30;
/** Response header telling scripts/server.mjs the page's lifetime (the server removes it). Same as in page-cache.mjs. */
export const PAGE_CACHE_HEADER = "x-sidilan-page-cache";

const PAGES = new Set([
  "/",
  "/aspirasi",
  "/statistik",
  "/pokir",
  "/risalah",
  "/privasi",
  "/anggota",
  "/data",
  "/data/cara-menghitung",
  "/lacak",
  "/verifikasi",
]);
/** The tag a page renders when its answer must not be kept; the server looks for it (page-cache.mjs). */
export const NOT_FOR_PAGE_CACHE = { name: "sidilan-cache", content: "no-store" } as const;

const MEMBER_PROFILE = /^\/anggota\/[a-z0-9-]+$/;
const PAGE_CACHE_MARK = Symbol.for("sidilan.page-cache");

/** Whether this process runs behind scripts/server.mjs, which finishes the CSP of cached pages. */
export function pageCacheAvailable(): boolean {
  return (globalThis as Record<symbol, unknown>)[PAGE_CACHE_MARK] === true;
}

/** How long the page may be served from the cache, in seconds; 0 when it must be rendered for this request. */
export function pageCacheSeconds(method: string, pathname: string, searchParams: URLSearchParams): number {
  if (method !== "GET") return 0;
  if (!PAGES.has(pathname) && !MEMBER_PROFILE.test(pathname)) return 0;
  // /verifikasi?kode= redirects to the document's page; _rsc asks for the RSC payload.
  if ((pathname === "/verifikasi" && searchParams.get("kode")?.trim()) || searchParams.has("_rsc")) return 0;
  return PAGE_CACHE_SECONDS;
}
