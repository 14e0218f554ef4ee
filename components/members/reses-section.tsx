import type { ReactNode } from "react";
import { formatDate } from "@/lib/format";
import type { ResesFigures } from "@/lib/members/pokir-reses";
import { Section } from "./stat";
import { formatNumber } from "@/lib/format";

/** Reses events (date, place, attendees) and, below them, the public reses reports. */
export function ResesSection({ r, reports }: { r: ResesFigures; reports?: ReactNode }) {
  return (
    <Section
      id="reses"
      title="Reses"
      intro={`${r.total} kegiatan reses tercatat, ${formatNumber(r.attendees)} peserta seluruhnya.`}
    >
      {r.events.length ? (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {r.events.map((e) => (
            <li key={`${e.heldOn}-${e.place}`} className="p-3 text-sm">
              <p className="font-semibold">
                {formatDate(e.heldOn)} — {e.place}
              </p>
              <p className="text-slate-700">
                Kel. {e.kelurahan} · {formatNumber(e.attendees)} peserta · {e.pokir} usulan pokir
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-700">Belum ada kegiatan reses yang dicatat.</p>
      )}
      {reports}
      <p className="text-sm">
        <a href="/data/cara-menghitung#reses">Cara menghitung</a>
      </p>
    </Section>
  );
}
