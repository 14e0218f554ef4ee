import { actorFromRequest } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { route } from "@/lib/http/route";
import { readDocumentPdf } from "@/lib/minutes/public";

export const dynamic = "force-dynamic";

/**
 * The stored PDF of a minutes document (by id or verification code), byte for byte: never rendered
 * again. Public for published minutes of open meetings; closed meetings' minutes are a 404 to anyone
 * outside the meeting.
 */
export const GET = route(async (req: Request, ctx: { params: Promise<{ id: string }> }) => {
  const { id } = await ctx.params;
  const file = await readDocumentPdf(db, await actorFromRequest(req), id);
  const etag = file.sha256 ? `"${file.sha256}"` : undefined;
  if (etag && req.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers: { etag } });
  const download = new URL(req.url).searchParams.get("unduh") === "1";
  return new Response(new Uint8Array(file.data), {
    headers: {
      "content-type": "application/pdf",
      "content-length": String(file.data.length),
      "content-disposition": `${download ? "attachment" : "inline"}; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "x-content-type-options": "nosniff",
      // Complete documents never change; incomplete ones (being signed) must not be cached.
      "cache-control": file.complete ? "private, max-age=300" : "private, no-store",
      ...(etag ? { etag } : {}),
    },
  });
});
