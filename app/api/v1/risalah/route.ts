import { NextResponse } from "next/server";
import { actorFromRequest } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { route } from "@/lib/http/route";
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
  const base = env().APP_URL.replace(/\/$/, "");
  return NextResponse.json({
    ...result,
    items: result.items.map((i) => ({
      id: i.id,
      code: i.code,
      title: i.title,
      date: i.date,
      place: i.place,
      meetingType: i.typeName,
      documentVersion: i.documentVersion,
      pageCount: i.pageCount,
      size: i.size,
      publishedAt: i.publishedAt,
      superseded: i.supersededAt !== null,
      pdfUrl: `${base}/api/v1/risalah/${i.id}/pdf`,
      verifyUrl: `${base}/verifikasi/${i.code}`,
    })),
  });
});
