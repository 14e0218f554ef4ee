import "server-only";
import { revalidateTag, unstable_cache } from "next/cache";
import { aspirationsPerKelurahan } from "./kelurahan-stats";
import { formOptions } from "./options";
import { listPublicAspirations } from "./public";
import { publicStats } from "./stats";

/**
 * The public pages' data through Next's data cache, so /statistik and /aspirasi answer from memory
 * instead of aggregating on every request: a short time-based revalidation as the safety net, and
 * the tags revalidated by the actions that change what the public sees (publicAspirationsChanged).
 */
export const PUBLIC_ASPIRATIONS_TAG = "aspirations-public";
export const ASPIRATION_OPTIONS_TAG = "aspiration-options";

/** Statistics and the map: one minute at most behind (the SLA shares move by the day). */
const STATS_SECONDS = 60;
/** The public list: half a minute at most behind, unless an action revalidated it. */
const LIST_SECONDS = 30;
/** Categories, kecamatan and kelurahan (reference data edited in the back office). */
const OPTIONS_SECONDS = 60;

export const cachedPublicStats = unstable_cache(() => publicStats(), ["public-stats-v1"], {
  revalidate: STATS_SECONDS,
  tags: [PUBLIC_ASPIRATIONS_TAG],
});

export const cachedAspirationsPerKelurahan = unstable_cache(() => aspirationsPerKelurahan(), ["per-kelurahan-v1"], {
  revalidate: STATS_SECONDS,
  tags: [PUBLIC_ASPIRATIONS_TAG],
});

export const cachedFormOptions = unstable_cache(() => formOptions(), ["aspiration-form-options-v1"], {
  revalidate: OPTIONS_SECONDS,
  tags: [ASPIRATION_OPTIONS_TAG],
});

const cachedList = unstable_cache(
  (query: Record<string, string>) => listPublicAspirations(query),
  ["public-aspirations-v1"],
  { revalidate: LIST_SECONDS, tags: [PUBLIC_ASPIRATIONS_TAG] },
);

/** The public list (the query's string values are the cache key); dates come back as Date. */
export async function cachedPublicAspirations(query: Record<string, string>) {
  const r = await cachedList(query);
  // The data cache stores JSON: Date values come back as strings.
  return { ...r, items: r.items.map((i) => ({ ...i, createdAt: new Date(i.createdAt) })) };
}

/** Expire the public aspiration data at once (no-op outside a Next request, e.g. in scripts). */
export function publicAspirationsChanged(tag: string = PUBLIC_ASPIRATIONS_TAG) {
  try {
    revalidateTag(tag, { expire: 0 });
  } catch {
    // Outside Next's request scope (seed scripts, unit tests) there is no cache to expire.
  }
}
