import { previewLetterPdf } from "@/lib/epaper/preview";
import { protectedRoute } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** The E-Paper draft rendered as a PDF preview (no number, no signature), for whoever may read the letter. */
export const GET = protectedRoute("epaper.read", async (_req, ctx: { params: Promise<{ id: string }> }, actor) => {
  const { id } = await ctx.params;
  const file = await previewLetterPdf(actor, id);
  return new Response(new Uint8Array(file.data), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="${file.fileName}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
