import { NextResponse } from "next/server";
import { route } from "@/lib/http/route";
import { cachedAllMemberFigures } from "@/lib/members/cached";

export const dynamic = "force-dynamic";

/** Every member with their public figures (the same as the profiles and the open data). */
export const GET = route(async () => NextResponse.json({ items: await cachedAllMemberFigures() }));
