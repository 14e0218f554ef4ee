import { ScrollRegion } from "@/components/ui/table";
import { formatRupiah } from "@/lib/format";
import type { PokirPeriodFigures } from "@/lib/members/pokir-reses";
import { ofTotal, Section } from "./stat";

/** Pokir adopted per period, and how many (and for what value) the RKPD/APBD took up. */
export function PokirSection({ rows }: { rows: PokirPeriodFigures[] }) {
  return (
    <Section
      id="pokir"
      title="Pokok-pokok pikiran (pokir)"
      intro="Usulan yang diadopsi anggota per periode, dan yang diakomodir RKPD/APBD menurut hasil SIPD."
    >
      {rows.length ? (
        <ScrollRegion label="Pokir per periode" className="p-2">
          <table className="w-full min-w-[30rem] text-left text-sm">
            <caption className="sr-only">Pokir yang diadopsi dan diakomodir per periode</caption>
            <thead>
              <tr className="border-b border-slate-200">
                <th scope="col" className="py-2">
                  Periode
                </th>
                <th scope="col">Diadopsi (nilai)</th>
                <th scope="col">Sudah diputuskan</th>
                <th scope="col">Diakomodir (nilai)</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.planYear} className="border-b border-slate-100 align-top">
                  <th scope="row" className="py-2 pr-2 font-normal">
                    {r.period}
                  </th>
                  <td>
                    {r.adopted} ({formatRupiah(r.adoptedValue)})
                  </td>
                  <td>{ofTotal(r.decided, r.adopted)}</td>
                  <td>
                    {ofTotal(r.takenUp, r.adopted)} ({formatRupiah(r.takenUpValue)})
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : (
        <p className="text-sm text-slate-700">Belum ada pokir yang diadopsi.</p>
      )}
      <p className="text-sm">
        <a href="/data/cara-menghitung#pokir">Cara menghitung</a>
      </p>
    </Section>
  );
}
