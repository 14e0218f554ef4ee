import { actorFromRequest } from "@/lib/auth/session";
import { route } from "@/lib/http/route";
import { readDocumentPdf } from "@/lib/minutes/public";
import { etagMatches, etagOf, fileResponse, notModified } from "@/lib/http/download";

export const dynamic = "force-dynamic";

/**
 * The stored PDF of a minutes document (by id or verification code), byte for byte: never rendered
 * again. Public for published minutes of open meetings; closed meetings' minutes are a 404 to anyone
 * outside the meeting.
 */
export const GET = route(async (req: Request, ctx: { params: Promise<{ id: string }> }) => {
  const { id } = await ctx.params;
  const ifNoneMatch = req.headers.get("if-none-match");
  const file = await readDocumentPdf(await actorFromRequest(req), id, (sha) => etagMatches(ifNoneMatch, etagOf(sha)));
  // Published minutes of open meetings may be kept by proxies; anything else stays private, and a
  // document still being signed is never cached.
  const cache = !file.complete ? "no-store" : file.isPublic ? "public-immutable" : "private";
  const etag = etagOf(file.sha256 ?? file.id);
  if (!file.data) return notModified(etag, cache);
  const download = new URL(req.url).searchParams.get("unduh") === "1";
  return fileResponse({
    data: file.data,
    mimeType: "application/pdf",
    fileName: file.fileName,
    etag,
    inline: !download,
    cache,
  });
});
