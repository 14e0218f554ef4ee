import { csvResponse, toCsv } from "@/lib/http/csv";
import { route } from "@/lib/http/route";
import { cachedAllMemberFigures } from "@/lib/members/cached";
import { DATA_DICTIONARY, openDataRow } from "@/lib/members/open-data";

export const dynamic = "force-dynamic";

/** Open data: one row per member, every figure with its denominator (public, no personal data). */
export const GET = route(async () => {
  const rows = (await cachedAllMemberFigures()).map(openDataRow);
  const keys = DATA_DICTIONARY.map((d) => d.key);
  return csvResponse(
    "anggota-dprd-balikpapan.csv",
    toCsv(
      keys,
      rows.map((r) => keys.map((k) => r[k])),
    ),
  );
});
