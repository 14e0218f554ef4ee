import { NextResponse } from "next/server";
import { route } from "@/lib/http/route";
import { cachedAllMemberFigures } from "@/lib/members/cached";
import { DATA_DICTIONARY, DATA_LICENCE, openDataRow } from "@/lib/members/open-data";

export const dynamic = "force-dynamic";

/** Open data as JSON: the same rows as the CSV, with the dictionary and the licence. */
export const GET = route(async () => {
  const rows = (await cachedAllMemberFigures()).map(openDataRow);
  return NextResponse.json(
    { licence: DATA_LICENCE, dictionary: DATA_DICTIONARY, rows },
    { headers: { "content-disposition": 'attachment; filename="anggota-dprd-balikpapan.json"' } },
  );
});
