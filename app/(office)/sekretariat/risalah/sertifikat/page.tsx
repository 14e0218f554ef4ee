import type { Metadata } from "next";
import { SignerImportForm } from "@/components/minutes/signer-import-form";
import { Badge, Card, PageHeader } from "@/components/ui/misc";
import { requirePageActor } from "@/lib/auth/page";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { formatDate } from "@/lib/format";
import { importSignerP12Action } from "@/lib/signing/actions";
import { listSigners } from "@/lib/signing/service";

export const metadata: Metadata = { title: "Sertifikat penanda tangan" };

export default async function SignersPage() {
  const actor = await requirePageActor("signers.manage");
  const { people, certificates, caPem } = await listSigners(db, actor);
  const withCert = people.filter((p) => certificates.some((c) => c.userId === p.id));
  return (
    <div className="space-y-6">
      <PageHeader
        title="Sertifikat penanda tangan"
        description="Secara bawaan, CA organisasi Si Dilan menerbitkan sertifikat bagi tiap penanda tangan saat pertama kali menandatangani. Untuk tanda tangan tersertifikasi (PP 71/2019), impor PKCS#12 dari PSrE berinduk, mis. BSrE."
      />
      <Card>
        <h2 className="mb-3 text-lg font-bold">Impor PKCS#12 dari PSrE</h2>
        <SignerImportForm action={importSignerP12Action} people={people.map((p) => ({ id: p.id, label: `${p.name} — ${p.position ?? ROLE_LABELS[p.role]}` }))} />
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-bold">Sertifikat aktif</h2>
        {withCert.length === 0 ? <p className="text-sm text-slate-600">Belum ada sertifikat. Sertifikat dibuat saat penanda tangan pertama kali menandatangani.</p> : null}
        <ul className="space-y-2 text-sm">
          {withCert.map((p) => {
            const c = certificates.find((x) => x.userId === p.id)!;
            return (
              <li key={p.id} className="rounded-md border border-slate-200 p-3">
                <span className="font-semibold">{p.name}</span> <Badge tone={c.source === "impor" ? "green" : "slate"}>{c.source === "impor" ? "Impor PSrE" : "CA organisasi"}</Badge>
                <span className="block text-slate-700">Penerbit: {c.issuer}</span>
                <span className="block text-slate-700">Berlaku sampai {formatDate(c.notAfter)}</span>
                <span className="block font-mono text-xs break-all text-slate-600">SHA-256 {c.fingerprint}</span>
              </li>
            );
          })}
        </ul>
      </Card>
      <Card>
        <h2 className="mb-2 text-lg font-bold">CA organisasi</h2>
        {caPem ? (
          <p className="text-sm">
            Sertifikat CA tersimpan di basis data (dipakai bersama semua instans). <a href="/api/v1/verifikasi/ca" className="underline">Unduh sertifikat CA (PEM)</a> untuk dipercaya di pembaca PDF.
          </p>
        ) : (
          <p className="text-sm text-slate-600">CA organisasi dibuat otomatis saat tanda tangan pertama.</p>
        )}
      </Card>
    </div>
  );
}
