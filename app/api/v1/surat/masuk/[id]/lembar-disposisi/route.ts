import { protectedRoute } from "@/lib/http/route";
import { getIncoming } from "@/lib/letters/incoming-detail";
import { renderLembarDisposisi } from "@/lib/letters/pdf/lembar-disposisi";

export const dynamic = "force-dynamic";

/** The printable lembar disposisi (PDF) for staff and for the people on the letter's tree. */
export const GET = protectedRoute(
  "letter.disposisi.read",
  async (_req, ctx: { params: Promise<{ id: string }> }, actor) => {
    const { id } = await ctx.params;
    const detail = await getIncoming(actor, id);
    const pdf = await renderLembarDisposisi(detail);
    const name = `lembar-disposisi-${detail.letter.agendaNumber.replace(/[^A-Za-z0-9.-]+/g, "-")}.pdf`;
    return new Response(new Uint8Array(pdf), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `inline; filename="${name}"`,
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      },
    });
  },
);
