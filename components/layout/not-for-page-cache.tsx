import { NOT_FOR_PAGE_CACHE } from "@/lib/http/page-cache";

/**
 * Rendered by a cacheable page whose answer belongs to this visitor only (a refusal by a per-IP limit): the
 * production server's page cache sends the page but does not keep it (scripts/page-cache.mjs).
 */
export function NotForPageCache() {
  return <meta name={NOT_FOR_PAGE_CACHE.name} content={NOT_FOR_PAGE_CACHE.content} />;
}
