import { formatDate, formatDateTime, formatRupiah } from "@/lib/format";
import {
  POKIR_PRIORITY_LABELS,
  POKIR_SOURCE_LABELS,
  POKIR_STATUS_LABELS,
  type PokirStatus,
} from "@/lib/pokir/constants";
import type { ProposalView } from "@/lib/pokir/read";
import { PokirStatusBadge } from "./status-badge";
import { formatNumber } from "@/lib/format";

type Photo = { id: string; fileName: string };
type Event = {
  at: Date;
  kind: string;
  to: PokirStatus | null;
  publicNote: string | null;
  internalNote: string | null;
  actor: string | null;
};

/** The full content of a proposal with photos and its timeline (portal and back office). */
export function ProposalSummary({
  p,
  photos,
  timeline,
  showContact = false,
}: {
  p: ProposalView;
  photos: Photo[];
  timeline: Event[];
  showContact?: boolean;
}) {
  const rows: [string, React.ReactNode][] = [
    [
      "Kode",
      <span key="k" className="font-mono">
        {p.trackingCode}
      </span>,
    ],
    ["Status", <PokirStatusBadge key="s" status={p.status} />],
    ["Periode", p.periodName],
    ["Sumber", POKIR_SOURCE_LABELS[p.source]],
    ["Lokasi", `${p.address}, RT ${p.rt}${p.rw ? `/RW ${p.rw}` : ""}, Kel. ${p.kelurahan}, Kec. ${p.kecamatan}`],
    ["Dapil", p.dapil ?? "—"],
    ["Koordinat", p.latitude !== null && p.longitude !== null ? `${p.latitude}, ${p.longitude}` : "—"],
    ["Bidang/urusan", p.bidang ? `${p.bidangCode} ${p.bidang}` : "Belum ditentukan"],
    ["OPD tujuan", p.opd ?? "Belum ditentukan"],
    ["Volume", `${formatNumber(p.volume)} ${p.unit}`],
    ["Perkiraan anggaran", formatRupiah(p.estimatedCost)],
    ["Prioritas", POKIR_PRIORITY_LABELS[p.priority]],
    ["Pengusul", `${p.proposerName}${p.proposerGroup ? ` (${p.proposerGroup})` : ""}`],
    ["Pengadopsi", p.adopterName ?? "—"],
    ["Diajukan", formatDate(p.createdAt)],
  ];
  if (showContact) rows.push(["Kontak", [p.proposerPhone, p.proposerEmail].filter(Boolean).join(" · ") || "—"]);
  return (
    <div className="space-y-6">
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
        {rows.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="font-semibold text-slate-700">{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <section>
        <h2 className="text-lg font-bold">Permasalahan</h2>
        <p className="whitespace-pre-line">{p.masalah}</p>
        <h2 className="mt-4 text-lg font-bold">Usulan kegiatan</h2>
        <p className="whitespace-pre-line">{p.usulan}</p>
      </section>
      <section>
        <h2 className="text-lg font-bold">Foto</h2>
        <ul className="mt-2 flex flex-wrap gap-3">
          {photos.map((f) => (
            <li key={f.id}>
              <a href={`/api/v1/lampiran/${f.id}`}>
                {/* eslint-disable-next-line @next/next/no-img-element -- served by our own access-checked route */}
                <img
                  src={`/api/v1/lampiran/${f.id}`}
                  alt={`Foto lokasi ${f.fileName}`}
                  className="h-32 w-32 rounded object-cover"
                />
              </a>
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h2 className="text-lg font-bold">Riwayat</h2>
        <ol className="mt-2 space-y-2 border-l-2 border-brand-200 pl-4 text-sm">
          {timeline.map((e, i) => (
            <li key={i}>
              <span className="text-slate-700">{formatDateTime(e.at)}</span> · {e.actor ?? "Pengusul/sistem"} ·{" "}
              <strong>{e.to ? POKIR_STATUS_LABELS[e.to] : e.kind}</strong>
              {e.publicNote ? <p>{e.publicNote}</p> : null}
              {e.internalNote ? <p className="text-slate-700">Catatan internal: {e.internalNote}</p> : null}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
