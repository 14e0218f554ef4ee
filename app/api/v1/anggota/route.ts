import { NextResponse } from "next/server";
import type { z } from "zod";
import { route } from "@/lib/http/route";
import type { memberFiguresListSchema } from "@/lib/members/api-schema";
import { cachedAllMemberFigures } from "@/lib/members/cached";

export const dynamic = "force-dynamic";

/** Every member with their public figures (the same as the profiles and the open data). */
export const GET = route(async () =>
  NextResponse.json({ items: await cachedAllMemberFigures() } satisfies z.output<typeof memberFiguresListSchema>),
);
