import { sanitizeRichText } from "@/lib/minutes/sanitize";
import type { MinutesContent } from "@/lib/minutes/content";

function Rich({ html, empty = "—" }: { html: string; empty?: string }) {
  // Stored content is sanitised on save; sanitising again here keeps the page safe on its own.
  const clean = sanitizeRichText(html);
  if (!clean) return <p className="text-slate-500">{empty}</p>;
  return (
    <div
      className="space-y-2 [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:list-disc [&_ul]:pl-6"
      dangerouslySetInnerHTML={{ __html: clean }}
    />
  );
}

/** Read-only rendering of the draft (chair review, members' correction round). */
export function MinutesView({
  content,
  agenda,
  speakers,
}: {
  content: MinutesContent;
  agenda: { id: string; title: string }[];
  speakers: { ref: string; label: string }[];
}) {
  const name = (ref: string) =>
    speakers.find((s) => s.ref === ref)?.label.replace(/ \(tidak tercatat hadir\)$/, "") ?? "—";
  return (
    <article className="space-y-5 text-slate-900">
      <p className="text-sm text-slate-700">
        Dibuka pukul {content.openedAt || "—"} WITA · ditutup pukul {content.closedAt || "—"} WITA
      </p>
      <section>
        <h3 className="font-bold">Pembukaan</h3>
        <Rich html={content.opening} />
      </section>
      {content.items.map((item, i) => (
        <section key={item.agendaItemId} className="space-y-2">
          <h3 className="font-bold">
            Acara {i + 1}: {agenda.find((a) => a.id === item.agendaItemId)?.title}
          </h3>
          {item.proceedings.length === 0 ? <p className="text-slate-500">Tidak ada pembicaraan yang dicatat.</p> : null}
          {item.proceedings.map((p, j) => (
            <div key={j} className="border-l-4 border-slate-200 pl-3">
              <p className="font-semibold">{name(p.speaker)}</p>
              <Rich html={p.summary} />
            </div>
          ))}
          <div>
            <p className="font-semibold">Keputusan/kesimpulan</p>
            <Rich html={item.decisions} />
          </div>
        </section>
      ))}
      <section>
        <h3 className="font-bold">Penutup</h3>
        <Rich html={content.closing} />
      </section>
    </article>
  );
}
