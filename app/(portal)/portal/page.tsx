import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/misc";
import { requirePageActor } from "@/lib/auth/page";
import { memberProfile } from "@/lib/users/service";

export const metadata: Metadata = { title: "Portal Anggota" };

export default async function PortalHome({ searchParams }: { searchParams: Promise<{ akses?: string }> }) {
  const actor = await requirePageActor("portal.access");
  const profile = await memberProfile(actor);
  const { akses } = await searchParams;
  return (
    <div className="space-y-6">
      <PageHeader title={`Selamat datang, ${actor.name}`} description="Portal anggota DPRD Kota Balikpapan." />
      {akses === "ditolak" ? <Alert tone="warning">Halaman yang Anda tuju khusus untuk staf Sekretariat.</Alert> : null}
      <Card>
        <h2 className="font-bold">Profil keanggotaan</h2>
        <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
          <div>
            <dt className="text-slate-600">Jabatan</dt>
            <dd className="font-medium">{profile.position ?? "Anggota"}</dd>
          </div>
          <div>
            <dt className="text-slate-600">Daerah pemilihan</dt>
            <dd className="font-medium">{profile.dapil ?? "—"}</dd>
          </div>
          <div>
            <dt className="text-slate-600">Komisi</dt>
            <dd className="font-medium">{profile.komisi ?? "—"}</dd>
          </div>
          <div>
            <dt className="text-slate-600">Fraksi</dt>
            <dd className="font-medium">{profile.fraksi ?? "—"}</dd>
          </div>
        </dl>
      </Card>
    </div>
  );
}
