import type { Metadata } from "next";
import { SignerImportForm } from "@/components/minutes/signer-import-form";
import { Badge, Card, PageHeader } from "@/components/ui/misc";
import { requirePageActor } from "@/lib/auth/page";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { formatDate } from "@/lib/format";
import { InlineForm } from "@/components/reference/inline-form";
import { TrustedRootForm } from "@/components/minutes/trusted-root-form";
import { addTrustedRootAction, importSignerP12Action, removeTrustedRootAction } from "@/lib/signing/actions";
import { listSigners } from "@/lib/signing/service";
import { listTrustedRoots } from "@/lib/signing/trust";

export const metadata: Metadata = { title: "Sertifikat penanda tangan" };

export default async function SignersPage() {
  const actor = await requirePageActor("signers.manage");
  const { people, certificates, caPem } = await listSigners(actor);
  const roots = await listTrustedRoots(actor);
  const withCert = people.filter((p) => certificates.some((c) => c.userId === p.id));
  return (
    <div className="space-y-6">
      <PageHeader
        title="Sertifikat penanda tangan"
        description="Secara bawaan, CA organisasi Si Dilan menerbitkan sertifikat bagi tiap penanda tangan saat pertama kali menandatangani. Untuk tanda tangan tersertifikasi (PP 71/2019), impor PKCS#12 dari PSrE berinduk, mis. BSrE."
      />
      <Card>
        <h2 className="mb-3 text-lg font-bold">Impor PKCS#12 dari PSrE</h2>
        <SignerImportForm
          action={importSignerP12Action}
          people={people.map((p) => ({ id: p.id, label: `${p.name} — ${p.position ?? ROLE_LABELS[p.role]}` }))}
        />
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-bold">Sertifikat aktif</h2>
        {withCert.length === 0 ? (
          <p className="text-sm text-slate-600">
            Belum ada sertifikat. Sertifikat dibuat saat penanda tangan pertama kali menandatangani.
          </p>
        ) : null}
        <ul className="space-y-2 text-sm">
          {withCert.map((p) => {
            const c = certificates.find((x) => x.userId === p.id)!;
            return (
              <li key={p.id} className="rounded-md border border-slate-200 p-3">
                <span className="font-semibold">{p.name}</span>{" "}
                <Badge tone={c.source === "impor" ? "green" : "slate"}>
                  {c.source === "impor" ? "Impor PSrE" : "CA organisasi"}
                </Badge>
                {c.chainVerified ? <Badge tone="green">Rantai tervalidasi</Badge> : null}
                {c.override ? <Badge tone="red">Diimpor dengan pengecualian</Badge> : null}
                <span className="block text-slate-700">Subjek: {c.subject}</span>
                <span className="block text-slate-700">Penerbit: {c.issuer}</span>
                <span className="block font-mono text-xs text-slate-700">Nomor seri {c.serialNumber}</span>
                <span className="block text-slate-700">
                  Berlaku {formatDate(c.notBefore)} sampai {formatDate(c.notAfter)}
                </span>
                {c.override ? (
                  <span className="block text-red-800">
                    Pemeriksaan yang gagal: {c.override.checks.join(", ")}. Alasan: {c.override.reason}
                  </span>
                ) : null}
                <span className="block font-mono text-xs break-all text-slate-600">SHA-256 {c.fingerprint}</span>
              </li>
            );
          })}
        </ul>
      </Card>
      <Card>
        <h2 className="mb-2 text-lg font-bold">Akar tepercaya tambahan</h2>
        <p className="mb-3 text-sm text-slate-700">
          Sertifikat yang diimpor harus berantai (diperiksa dengan tanda tangan kriptografis, bukan nama) ke CA
          organisasi atau ke salah satu akar di bawah, mis. akar BSrE.
        </p>
        <ul className="mb-4 space-y-2 text-sm">
          {roots.map((r) => (
            <li key={r.id} className="rounded-md border border-slate-200 p-3">
              <span className="block font-semibold">{r.subject}</span>
              <span className="block text-slate-700">Penerbit: {r.issuer}</span>
              <span className="block font-mono text-xs text-slate-700">Nomor seri {r.serialNumber}</span>
              <span className="block text-slate-700">
                Berlaku {formatDate(r.notBefore)} sampai {formatDate(r.notAfter)}
              </span>
              <span className="mb-2 block font-mono text-xs break-all text-slate-600">SHA-256 {r.fingerprint}</span>
              <InlineForm
                idPrefix={`root-${r.id}`}
                action={removeTrustedRootAction.bind(null, r.id)}
                submit="Hapus"
                fields={[]}
                danger={{
                  title: "Hapus akar tepercaya ini?",
                  description:
                    "Tanda tangan dengan sertifikat yang hanya berantai ke akar ini tidak lagi ditampilkan sebagai tepercaya.",
                }}
              />
            </li>
          ))}
          {roots.length === 0 ? <li className="text-slate-600">Belum ada akar tambahan.</li> : null}
        </ul>
        <TrustedRootForm action={addTrustedRootAction} />
      </Card>
      <Card>
        <h2 className="mb-2 text-lg font-bold">CA organisasi</h2>
        {caPem ? (
          <p className="text-sm">
            Sertifikat CA tersimpan di basis data (dipakai bersama semua instans).{" "}
            <a href="/api/v1/verifikasi/ca" className="underline">
              Unduh sertifikat CA (PEM)
            </a>{" "}
            untuk dipercaya di pembaca PDF.
          </p>
        ) : (
          <p className="text-sm text-slate-600">CA organisasi dibuat otomatis saat tanda tangan pertama.</p>
        )}
      </Card>
    </div>
  );
}
