import { NextResponse } from "next/server";
import { checkDatabase } from "@/lib/health";

export const dynamic = "force-dynamic";

/** Liveness for load balancers: 200 when the database answers, 503 with the reason otherwise. */
export async function GET() {
  const db = await checkDatabase();
  if (db.ok) return NextResponse.json({ status: "ok", db: "ok" }, { headers: { "cache-control": "no-store" } });
  return NextResponse.json({ status: "error", db: "error", reason: db.reason }, { status: 503, headers: { "cache-control": "no-store" } });
}
