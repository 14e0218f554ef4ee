import { actorFromRequest } from "@/lib/auth/session";
import { etagMatches, etagOf, fileResponse, notModified } from "@/lib/http/download";
import { route } from "@/lib/http/route";
import { reportPdf } from "@/lib/reses/service";

export const dynamic = "force-dynamic";

/** The signed PDF of a submitted Laporan Hasil Reses: its member and staff; others get 404 (the service decides). */
export const GET = route(async (req: Request, ctx: { params: Promise<{ id: string }> }) => {
  const { id } = await ctx.params;
  const file = await reportPdf(await actorFromRequest(req), id);
  const etag = etagOf(file.sha256);
  if (etagMatches(req.headers.get("if-none-match"), etag)) return notModified(etag, "private");
  return fileResponse({
    data: file.data,
    mimeType: "application/pdf",
    fileName: file.fileName,
    etag,
    inline: new URL(req.url).searchParams.get("unduh") !== "1",
    cache: "private",
  });
});
