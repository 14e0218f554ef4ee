import { NextResponse } from "next/server";
import { bootState } from "@/lib/boot";
import { checkDatabase } from "@/lib/health";

export const dynamic = "force-dynamic";

/** Readiness: fails until migrations and reference seeding are done and the database answers. */
export async function GET() {
  const state = bootState();
  if (!state.ready) {
    return NextResponse.json({ status: "starting", reason: state.lastError ?? "migrasi belum selesai" }, { status: 503, headers: { "cache-control": "no-store" } });
  }
  const db = await checkDatabase();
  if (!db.ok) return NextResponse.json({ status: "error", db: "error", reason: db.reason }, { status: 503, headers: { "cache-control": "no-store" } });
  return NextResponse.json({ status: "ready", db: "ok" }, { headers: { "cache-control": "no-store" } });
}
