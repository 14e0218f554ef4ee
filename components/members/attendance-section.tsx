import { ScrollRegion } from "@/components/ui/table";
import type { AttendanceCount, AttendanceFigures } from "@/lib/members/attendance";
import { ofTotal, Section, Stat } from "./stat";

function Row({ label, c }: { label: string; c: AttendanceCount }) {
  return (
    <tr className="border-b border-slate-100">
      <th scope="row" className="py-2 pr-2 font-normal">
        {label}
      </th>
      <td>{c.present}</td>
      <td>{c.excused}</td>
      <td>{c.absent}</td>
      <td>{c.total}</td>
    </tr>
  );
}

/** Attendance this year and this masa sidang, overall and per meeting type. */
export function AttendanceSection({ a }: { a: AttendanceFigures }) {
  return (
    <Section
      id="kehadiran"
      title="Kehadiran rapat"
      intro="Dihitung dari daftar hadir rapat yang risalahnya sudah final. Izin, sakit, dan dinas luar dihitung sebagai berhalangan dengan keterangan."
    >
      <dl className="grid gap-3 sm:grid-cols-2">
        <Stat
          label={`Hadir — ${a.year.label}`}
          value={ofTotal(a.all.year.present, a.all.year.total)}
          denominator={`rapat; berhalangan ${a.all.year.excused}, alpa ${a.all.year.absent}`}
          method="kehadiran"
        />
        <Stat
          label={`Hadir — ${a.masaSidang.label}`}
          value={ofTotal(a.all.masaSidang.present, a.all.masaSidang.total)}
          denominator={`rapat; berhalangan ${a.all.masaSidang.excused}, alpa ${a.all.masaSidang.absent}`}
          method="kehadiran"
        />
      </dl>
      {a.byType.length ? (
        <ScrollRegion label="Kehadiran per jenis rapat" className="p-2">
          <table className="w-full min-w-[28rem] text-left text-sm">
            <caption className="sr-only">Kehadiran per jenis rapat, {a.year.label}</caption>
            <thead>
              <tr className="border-b border-slate-200">
                <th scope="col" className="py-2">
                  Jenis rapat ({a.year.label})
                </th>
                <th scope="col">Hadir</th>
                <th scope="col">Izin/sakit/dinas</th>
                <th scope="col">Alpa</th>
                <th scope="col">Jumlah rapat</th>
              </tr>
            </thead>
            <tbody>
              {a.byType.map((t) => (
                <Row key={t.type} label={t.type} c={t.year} />
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : (
        <p className="text-sm text-slate-700">
          Belum ada rapat dengan risalah final pada {a.year.label.toLowerCase()}.
        </p>
      )}
    </Section>
  );
}
