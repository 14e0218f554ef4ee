import type { Metadata } from "next";
import { LettersSubnav } from "@/components/letters/subnav";
import { Card, PageHeader } from "@/components/ui/misc";
import { requirePageActor } from "@/lib/auth/page";
import { todayWita } from "@/lib/letters/input-checks";

export const metadata: Metadata = { title: "Buku Agenda" };

const input = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2";

/** The agenda book is a download: a plain GET form to the export route (XLSX or PDF). */
export default async function AgendaPage() {
  const actor = await requirePageActor("letter.read");
  const today = todayWita();
  return (
    <div className="space-y-6">
      <PageHeader
        title="Buku agenda"
        description="Unduh buku agenda surat masuk atau surat keluar untuk rentang tanggal tertentu. Surat rahasia yang bukan wewenang Anda tidak ikut."
      />
      <LettersSubnav actor={actor} current="/sekretariat/surat/agenda" />
      <Card className="max-w-2xl">
        <form method="get" action="/api/v1/surat/agenda" className="grid gap-4 sm:grid-cols-2">
          <div>
            <label htmlFor="ag-jenis" className="block text-sm font-semibold">
              Register
            </label>
            <select id="ag-jenis" name="jenis" className={input} defaultValue="masuk">
              <option value="masuk">Surat masuk</option>
              <option value="keluar">Surat keluar (termasuk nomor cadangan)</option>
            </select>
          </div>
          <div>
            <label htmlFor="ag-format" className="block text-sm font-semibold">
              Format
            </label>
            <select id="ag-format" name="format" className={input} defaultValue="xlsx">
              <option value="xlsx">Excel (XLSX)</option>
              <option value="pdf">PDF</option>
            </select>
          </div>
          <div>
            <label htmlFor="ag-dari" className="block text-sm font-semibold">
              Dari tanggal
            </label>
            <input
              id="ag-dari"
              name="dari"
              type="date"
              required
              defaultValue={`${today.slice(0, 7)}-01`}
              className={input}
            />
          </div>
          <div>
            <label htmlFor="ag-sampai" className="block text-sm font-semibold">
              Sampai tanggal
            </label>
            <input id="ag-sampai" name="sampai" type="date" required defaultValue={today} className={input} />
          </div>
          <div className="sm:col-span-2">
            <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
              Unduh buku agenda
            </button>
            <p className="mt-2 text-sm text-slate-600">
              Tanggal surat masuk memakai tanggal diterima; surat keluar memakai tanggal surat. Setiap unduhan dicatat
              di log audit.
            </p>
          </div>
        </form>
      </Card>
    </div>
  );
}
