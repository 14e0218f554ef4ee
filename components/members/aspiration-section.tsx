import { formatDate } from "@/lib/format";
import type { AspirationFigures } from "@/lib/members/aspirations";
import { ofTotal, Section, Stat } from "./stat";
import { formatNumber } from "@/lib/format";

const days = (v: number | null) => (v === null ? "—" : `${formatNumber(v, 1)} hari kerja`);

/** Aspirations routed to the member, answered by them, and how fast. */
export function AspirationSection({ a }: { a: AspirationFigures }) {
  return (
    <Section
      id="aspirasi"
      title="Aspirasi warga"
      intro={`Aspirasi yang diteruskan ke dapil atau komisi anggota sejak ${formatDate(a.since)}. Aspirasi rahasia ikut dihitung, tetapi tidak pernah ditampilkan.`}
    >
      <dl className="grid gap-3 sm:grid-cols-3">
        <Stat
          label="Dijawab anggota"
          value={ofTotal(a.answered, a.routed)}
          denominator="aspirasi yang diteruskan ke anggota"
          method="aspirasi"
        />
        <Stat
          label="Median waktu jawaban pertama"
          value={days(a.medianAnswerDays)}
          denominator={`dari ${formatNumber(a.answered)} aspirasi yang dijawab`}
          method="aspirasi"
        />
        <Stat
          label="Dijawab ≤ 5 hari kerja"
          value={ofTotal(a.answeredWithin5, a.answered)}
          denominator="aspirasi yang dijawab anggota"
          method="aspirasi"
        />
      </dl>
    </Section>
  );
}
