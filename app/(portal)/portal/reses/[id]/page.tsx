import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ProposalForm } from "@/components/pokir/proposal-form";
import { PokirStatusBadge } from "@/components/pokir/status-badge";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/misc";
import { requirePageActor } from "@/lib/auth/page";
import { isAppError } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { inboxFilterOptions } from "@/lib/inbox/options";
import { createResesPokirAction } from "@/lib/pokir/actions";
import { openPeriod } from "@/lib/pokir/periods";
import { pokirFormOptions } from "@/lib/pokir/read";
import { getReses } from "@/lib/pokir/reses";

export const metadata: Metadata = { title: "Catatan Reses" };

export default async function ResesPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ baru?: string }>;
}) {
  const actor = await requirePageActor("reses.manage");
  const { id } = await params;
  const r = await getReses(actor, id).catch((e) => {
    if (isAppError(e) && e.status === 404) notFound();
    throw e;
  });
  const [options, own, open] = await Promise.all([pokirFormOptions(), inboxFilterOptions(actor), openPeriod()]);
  const mine = new Set(own.kelurahan.map((k) => k.id));
  return (
    <div className="space-y-6">
      <PageHeader
        title={`Reses ${formatDate(r.heldOn)}`}
        description={`${r.place}, Kel. ${r.kelurahan} · ${r.attendees} peserta`}
      />
      {(await searchParams).baru ? <Alert tone="success">Catatan reses tersimpan.</Alert> : null}
      {r.notes ? <p className="whitespace-pre-line">{r.notes}</p> : null}
      <ul className="flex flex-wrap gap-3">
        {r.photos.map((f) => (
          <li key={f.id}>
            {/* eslint-disable-next-line @next/next/no-img-element -- access-checked attachment route */}
            <img
              src={`/api/v1/lampiran/${f.id}`}
              alt={`Foto reses ${f.fileName}`}
              className="h-32 w-32 rounded object-cover"
            />
          </li>
        ))}
      </ul>
      <section>
        <h2 className="text-lg font-bold">Usulan dari reses ini</h2>
        <ul className="mt-2 space-y-1">
          {r.pokir.map((p) => (
            <li key={p.id}>
              <span className="font-mono text-sm">{p.trackingCode}</span> {p.title}{" "}
              <PokirStatusBadge status={p.status} />
            </li>
          ))}
          {r.pokir.length === 0 ? <li className="text-slate-700">Belum ada.</li> : null}
        </ul>
      </section>
      <Card>
        <h2 className="mb-4 text-lg font-bold">Catat usulan pokir dari reses ini</h2>
        {open ? (
          <ProposalForm
            action={createResesPokirAction.bind(null, r.id)}
            options={{ ...options, kelurahan: options.kelurahan.filter((k) => mine.has(k.id)) }}
            mode="member"
            defaults={{ kelurahanId: String(r.kelurahanId) }}
            submitLabel="Simpan usulan"
          />
        ) : (
          <p>
            Tidak ada periode pokir yang sedang dibuka. <Link href="/pokir">Lihat jadwal</Link>
          </p>
        )}
      </Card>
    </div>
  );
}
