import "server-only";
import { unstable_cache } from "next/cache";
import { allMemberFigures, memberFiguresBySlug } from "./figures";

/** Cache tag of every member figure: revalidate it to recompute at once. */
export const MEMBER_FIGURES_TAG = "member-figures";
/** Figures are recomputed at most every 5 minutes: profile pages stay fast with a million aspirations. */
const REVALIDATE_SECONDS = 300;

/** A member's profile figures through Next's data cache (plain JSON, so safe to cache). */
export const cachedMemberFigures = unstable_cache((slug: string) => memberFiguresBySlug(slug), ["member-figures-v1"], {
  revalidate: REVALIDATE_SECONDS,
  tags: [MEMBER_FIGURES_TAG],
});

/** Every member's figures (open data, API list) through the same cache. */
export const cachedAllMemberFigures = unstable_cache(() => allMemberFigures(), ["member-figures-all-v1"], {
  revalidate: REVALIDATE_SECONDS,
  tags: [MEMBER_FIGURES_TAG],
});
