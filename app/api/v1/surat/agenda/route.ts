import { protectedRoute } from "@/lib/http/route";
import { agendaBook } from "@/lib/letters/agenda";
import { agendaXlsx } from "@/lib/letters/export/agenda-xlsx";
import { renderAgendaPdf } from "@/lib/letters/pdf/agenda-pdf";

export const dynamic = "force-dynamic";

const TYPES = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
} as const;

/** The Buku Agenda of a date range as XLSX or PDF (?jenis=masuk|keluar&dari=&sampai=&format=). */
export const GET = protectedRoute("letter.read", async (req, _ctx, actor) => {
  const book = await agendaBook(actor, Object.fromEntries(new URL(req.url).searchParams.entries()));
  const bytes = book.format === "pdf" ? await renderAgendaPdf(book) : await agendaXlsx(book);
  const name = `buku-agenda-surat-${book.direction}-${book.from}-${book.to}.${book.format}`;
  return new Response(new Uint8Array(bytes), {
    headers: {
      "content-type": TYPES[book.format],
      "content-disposition": `attachment; filename="${name}"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
});
