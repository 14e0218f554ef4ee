import { formatDate } from "@/lib/format";

interface Body {
  events: { heldOn: string; place: string; kelurahan: string; attendees: number }[];
  totalAttendees: number;
  bidang: { name: string; count: number }[];
  pokirCount: number;
}

/** The drafted figures of a reses report: events, attendees, aspirations per bidang, pokir. */
export function ReportBody({ c, headingLevel = 2 }: { c: Body; headingLevel?: 2 | 3 | 4 }) {
  const H = `h${headingLevel}` as "h2";
  return (
    <div className="space-y-3">
      <H className="font-semibold">Waktu dan tempat</H>
      {c.events.length ? (
        <ul className="list-disc pl-5 text-sm">
          {c.events.map((e, i) => (
            <li key={i}>
              {formatDate(e.heldOn)}: {e.place}, Kel. {e.kelurahan} ({e.attendees} peserta)
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm">Belum ada kegiatan reses yang dicatat.</p>
      )}
      <p className="text-sm">
        {c.events.length} kegiatan, {c.totalAttendees} peserta, {c.pokirCount} usulan pokir dari reses.
      </p>
      <H className="font-semibold">Aspirasi per bidang</H>
      {c.bidang.length ? (
        <ul className="list-disc pl-5 text-sm">
          {c.bidang.map((b) => (
            <li key={b.name}>
              {b.name}: {b.count}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm">Belum ada aspirasi yang dicatat sebagai usulan.</p>
      )}
    </div>
  );
}
