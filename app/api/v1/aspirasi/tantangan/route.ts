import { NextResponse } from "next/server";
import { newChallenge } from "@/lib/antispam/altcha";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** A fresh ALTCHA proof-of-work challenge for the public forms and anonymous API callers. */
export const GET = route(async () =>
  NextResponse.json(await newChallenge(), { headers: { "cache-control": "no-store" } }),
);
