import { readLetterPdf } from "@/lib/epaper/api";
import { etagMatches, etagOf, fileResponse, notModified } from "@/lib/http/download";
import { protectedRoute } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** The stored signed PDF of an E-Paper letter (by register id or E-Paper id), byte for byte. */
export const GET = protectedRoute("epaper.read", async (req, ctx: { params: Promise<{ id: string }> }, actor) => {
  const { id } = await ctx.params;
  const file = await readLetterPdf(actor, id);
  const etag = etagOf(file.sha256);
  if (etagMatches(req.headers.get("if-none-match"), etag)) return notModified(etag, "private");
  const download = new URL(req.url).searchParams.get("unduh") === "1";
  return fileResponse({
    data: file.data,
    mimeType: "application/pdf",
    fileName: file.fileName,
    etag,
    inline: !download,
    cache: "private",
  });
});
