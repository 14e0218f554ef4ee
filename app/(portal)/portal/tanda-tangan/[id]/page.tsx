import type { Metadata } from "next";
import { LetterView } from "@/components/epaper/letter-view";
import { SignForm } from "@/components/epaper/sign-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/misc";
import { requirePageActor } from "@/lib/auth/page";
import { signLetterAction } from "@/lib/epaper/actions";
import { letterDetail } from "@/lib/epaper/page-data";
import { orNotFound } from "@/lib/letters/page-data";

export const metadata: Metadata = { title: "Tanda Tangan Surat" };

export default async function SignLetterPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("epaper.sign");
  const { id } = await params;
  const d = await orNotFound(letterDetail(actor, id));
  const l = d.letter;
  return (
    <div className="space-y-4">
      <PageHeader title={l.number ? `Surat ${l.number}` : "Surat menunggu tanda tangan"} description={l.subject} />
      <LetterView l={l} signerName={d.signerName} />
      {l.code ? (
        <Alert tone="success" title="Sudah ditandatangani">
          Nomor {l.number}.{" "}
          <a href={`/api/v1/surat/keluar/${l.id}/pdf`} className="underline">
            Buka PDF
          </a>{" "}
          ·{" "}
          <a href={`/verifikasi/${l.code}`} className="underline">
            verifikasi {l.code}
          </a>
        </Alert>
      ) : null}
      {!l.code ? (
        <p>
          <a href={`/api/v1/surat/keluar/${l.id}/pratinjau`} className="font-semibold underline">
            Baca surat sebagai PDF (pratinjau, belum bernomor)
          </a>
        </p>
      ) : null}
      {d.can.sign ? <SignForm action={signLetterAction.bind(null, l.id)} totp={actor.totpEnabled} /> : null}
      {!d.can.sign && !l.code ? (
        <Alert tone="info">Surat ini belum dapat Anda tandatangani: menunggu paraf atau bukan giliran Anda.</Alert>
      ) : null}
    </div>
  );
}
