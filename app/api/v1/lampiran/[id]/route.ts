import { ATTACHMENT_ACCESS } from "@/lib/attachments/access";
import { readAttachment } from "@/lib/attachments/service";
import { logDenied } from "@/lib/auth/guard";
import { actorFromRequest } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { errors } from "@/lib/errors";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Download one attachment; the owner's service decides who may see it. Others get 404. */
export const GET = route(async (req: Request, ctx: { params: Promise<{ id: string }> }) => {
  const { id } = await ctx.params;
  const actor = await actorFromRequest(req);
  const file = await readAttachment(db, id);
  const check = file ? ATTACHMENT_ACCESS[file.ownerType] : undefined;
  if (!file || !check || !(await check(db, actor, file.ownerId))) {
    if (file) await logDenied(db, actor, "attachment.read", { type: "attachment", id });
    throw errors.notFound("Lampiran");
  }
  const inline = file.mimeType.startsWith("image/") || file.mimeType === "application/pdf";
  return new Response(new Uint8Array(file.data), {
    headers: {
      "content-type": file.mimeType,
      "content-length": String(file.size),
      "content-disposition": `${inline ? "inline" : "attachment"}; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
      etag: `"${file.sha256}"`,
    },
  });
});
