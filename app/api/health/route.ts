import { NextResponse } from "next/server";
import { checkDatabase, PUBLIC_DB_DOWN } from "@/lib/health";

export const dynamic = "force-dynamic";

/**
 * Liveness for load balancers: 200 when the database answers, 503 otherwise. The body carries a
 * generic reason only; the driver's detail (hosts, roles, configuration) goes to the server log.
 */
export async function GET() {
  const db = await checkDatabase();
  if (db.ok) return NextResponse.json({ status: "ok", db: "ok" }, { headers: { "cache-control": "no-store" } });
  console.error("[health]", db.reason);
  return NextResponse.json(
    { status: "error", db: "error", reason: PUBLIC_DB_DOWN },
    { status: 503, headers: { "cache-control": "no-store" } },
  );
}
