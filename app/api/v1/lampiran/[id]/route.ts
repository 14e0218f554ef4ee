import { ATTACHMENT_ACCESS } from "@/lib/attachments/access";
import { readAttachmentData, readAttachmentMeta } from "@/lib/attachments/service";
import { logDenied } from "@/lib/auth/guard";
import { actorFromRequest } from "@/lib/auth/session";
import { errors } from "@/lib/errors";
import { etagMatches, etagOf, fileResponse, notModified } from "@/lib/http/download";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/**
 * Download one attachment; the owner's service decides who may see it. Others get 404. Attachments
 * hold personal data: never cached by proxies; a repeat request with the same ETag answers 304.
 */
export const GET = route(async (req: Request, ctx: { params: Promise<{ id: string }> }) => {
  const { id } = await ctx.params;
  const actor = await actorFromRequest(req);
  const file = await readAttachmentMeta(id);
  const check = file ? ATTACHMENT_ACCESS[file.ownerType] : undefined;
  if (!file || !check || !(await check(actor, file.ownerId))) {
    if (file) await logDenied(actor, "attachment.read", { type: "attachment", id });
    throw errors.notFound("Lampiran");
  }
  const etag = etagOf(file.sha256);
  if (etagMatches(req.headers.get("if-none-match"), etag)) return notModified(etag, "no-store");
  const data = await readAttachmentData(id);
  if (!data) throw errors.notFound("Lampiran");
  const inline = file.mimeType.startsWith("image/") || file.mimeType === "application/pdf";
  return fileResponse({ data, mimeType: file.mimeType, fileName: file.fileName, etag, inline, cache: "no-store" });
});
