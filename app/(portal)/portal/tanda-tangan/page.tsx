import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState, PageHeader } from "@/components/ui/misc";
import { requirePageActor } from "@/lib/auth/page";
import { awaitingMySignature } from "@/lib/epaper/page-data";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Tanda Tangan Surat" };

export default async function SignInboxPage() {
  const actor = await requirePageActor("epaper.sign");
  const letters = await awaitingMySignature(actor);
  return (
    <div>
      <PageHeader
        title="Surat menunggu tanda tangan"
        description="Surat yang sudah diparaf lengkap. Baca, lalu tandatangani dengan kata sandi Anda dari mana saja."
      />
      {letters.length === 0 ? (
        <EmptyState title="Tidak ada surat yang menunggu tanda tangan Anda." />
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {letters.map((l) => (
            <li key={l.id} className="p-3 text-sm">
              <Link href={`/portal/tanda-tangan/${l.id}`} className="font-semibold break-words">
                {l.subject}
              </Link>
              <p className="text-slate-600">Siap ditandatangani sejak {formatDateTime(l.updatedAt)}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
