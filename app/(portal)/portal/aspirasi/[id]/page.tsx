import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionCard } from "@/components/aspirations/action-card";
import { DetailView } from "@/components/aspirations/detail-view";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FromAspirationForm } from "@/components/pokir/from-aspiration-form";
import { Card } from "@/components/ui/misc";
import { forwardRequestAction, noteAspirationAction, statusAspirationAction } from "@/lib/aspirations/actions";
import { aspirationDetail } from "@/lib/aspirations/staff";
import { requirePageActor } from "@/lib/auth/page";
import { isAppError } from "@/lib/errors";
import { openPeriod } from "@/lib/pokir/periods";
import { pokirFormOptions, pokirFromAspiration } from "@/lib/pokir/read";

export const metadata: Metadata = { title: "Aspirasi" };

/** A member's view of one aspiration routed to their dapil or komisi (404 otherwise). */
export default async function MemberAspirationPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("aspiration.respond");
  const { id } = await params;
  const d = await aspirationDetail(actor, id).catch((e) => {
    if (isAppError(e) && e.status === 404) notFound();
    throw e;
  });
  const open = d.aspiration.status === "diverifikasi" || d.aspiration.status === "ditindaklanjuti";
  const [linked, period, options] = await Promise.all([
    pokirFromAspiration({ aspirationId: id }),
    openPeriod(),
    pokirFormOptions(),
  ]);
  return (
    <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
      <DetailView d={d} />
      {open ? (
        <div className="space-y-4">
          <ActionCard action={noteAspirationAction.bind(null, id)} title="Tanggapi" submitLabel="Simpan tanggapan">
            <TextAreaField
              rows={3}
              maxLength={5000}
              id="p-public"
              name="publicNote"
              label="Jawaban publik"
              hint="Terlihat oleh pelapor di halaman lacak, atas nama Anda."
            />
            <TextAreaField rows={3} maxLength={5000} id="p-internal" name="internalNote" label="Catatan internal" />
          </ActionCard>
          <ActionCard
            action={forwardRequestAction.bind(null, id)}
            title="Minta Sekretariat meneruskan"
            submitLabel="Kirim permintaan"
          >
            <TextField
              maxLength={200}
              id="f-target"
              name="target"
              label="Tujuan (komisi/OPD)"
              placeholder="mis. Komisi III atau Dinas PUPR"
            />
            <TextAreaField rows={3} maxLength={5000} id="f-note" name="note" label="Catatan" />
          </ActionCard>
          <Card>
            <h2 className="mb-2 text-lg font-bold">Jadikan usulan pokir</h2>
            {linked.length ? (
              <p className="text-sm">
                Sudah menjadi pokir:{" "}
                {linked.map((p) => (
                  <a key={p.id} className="mr-2 font-mono underline" href={`/portal/pokir/${p.id}`}>
                    {p.trackingCode}
                  </a>
                ))}
              </p>
            ) : period ? (
              <details>
                <summary className="cursor-pointer font-semibold text-brand-800">
                  Isi data usulan untuk {period.name}
                </summary>
                <div className="mt-3">
                  <FromAspirationForm
                    aspirationId={id}
                    options={options}
                    defaults={{
                      title: d.aspiration.title,
                      masalah: d.aspiration.body,
                      ...(d.aspiration.kelurahanId ? { kelurahanId: String(d.aspiration.kelurahanId) } : {}),
                    }}
                  />
                </div>
              </details>
            ) : (
              <p className="text-sm text-slate-700">Belum ada periode pokir yang dibuka.</p>
            )}
          </Card>
          <ActionCard
            action={statusAspirationAction.bind(null, id)}
            title="Tandai tindak lanjut selesai"
            submitLabel="Tandai selesai"
            confirm="Pelapor akan diberi tahu dan dapat menilai atau membuka kembali dalam 14 hari."
          >
            <input type="hidden" name="status" value="selesai" />
            <TextAreaField rows={3} maxLength={5000} id="s-public" name="publicNote" label="Ringkasan hasil (publik)" />
          </ActionCard>
        </div>
      ) : null}
    </div>
  );
}
