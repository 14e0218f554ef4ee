import { NextResponse } from "next/server";
import { actorFromRequest } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { route } from "@/lib/http/route";
import { minutesListDto } from "@/lib/minutes/api";
import { listPublishedMinutes } from "@/lib/minutes/public";

export const dynamic = "force-dynamic";

/** Public list of published minutes of open meetings (filters: jenis, tahun, q, hal). */
export const GET = route(async (req: Request) => {
  const url = new URL(req.url);
  const num = (k: string) => (url.searchParams.get(k) ? Number(url.searchParams.get(k)) : undefined);
  const result = await listPublishedMinutes(await actorFromRequest(req), {
    typeId: num("jenis"),
    year: num("tahun"),
    q: url.searchParams.get("q") ?? undefined,
    page: num("hal"),
    pageSize: num("per_halaman"),
  });
  return NextResponse.json(minutesListDto(result, env().APP_URL));
});
