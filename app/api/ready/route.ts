import { NextResponse } from "next/server";
import { bootState } from "@/lib/boot";
import { checkDatabase, PUBLIC_DB_DOWN, PUBLIC_STARTING } from "@/lib/health";

export const dynamic = "force-dynamic";

/**
 * Readiness: fails until migrations and reference seeding are done and the database answers. The
 * body carries a generic reason only; the detail is in the server log (boot logs each failed try).
 */
export async function GET() {
  const state = bootState();
  if (!state.ready) {
    return NextResponse.json(
      { status: "starting", reason: PUBLIC_STARTING },
      { status: 503, headers: { "cache-control": "no-store" } },
    );
  }
  const db = await checkDatabase();
  if (!db.ok) {
    console.error("[ready]", db.reason);
    return NextResponse.json(
      { status: "error", db: "error", reason: PUBLIC_DB_DOWN },
      { status: 503, headers: { "cache-control": "no-store" } },
    );
  }
  return NextResponse.json({ status: "ready", db: "ok" }, { headers: { "cache-control": "no-store" } });
}
