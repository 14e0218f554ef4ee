import type { Metadata } from "next";
import Link from "next/link";
import { LettersSubnav } from "@/components/letters/subnav";
import { ButtonLink } from "@/components/ui/button";
import { Badge, EmptyState, PageHeader } from "@/components/ui/misc";
import { can } from "@/lib/auth/guard";
import { requirePageActor } from "@/lib/auth/page";
import { EPAPER_STATUS_LABELS } from "@/lib/epaper/constants";
import { listLetters } from "@/lib/epaper/drafts";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "E-Paper" };

export default async function EpaperListPage() {
  const actor = await requirePageActor("letter.read");
  const letters = await listLetters(actor);
  return (
    <div>
      <LettersSubnav actor={actor} current="/sekretariat/surat/epaper" />
      <PageHeader
        title="E-Paper: surat elektronik"
        description="Surat keluar yang disusun, diparaf, dan ditandatangani secara elektronik. Nomor diambil dari register surat keluar saat ditandatangani."
        actions={
          <>
            {can(actor, "epaper.delegate") ? (
              <ButtonLink href="/sekretariat/surat/epaper/delegasi" variant="secondary">
                Delegasi a.n./Plh.
              </ButtonLink>
            ) : null}
            {can(actor, "epaper.draft") ? (
              <ButtonLink href="/sekretariat/surat/epaper/baru">Buat surat</ButtonLink>
            ) : null}
          </>
        }
      />
      {letters.length === 0 ? (
        <EmptyState title="Belum ada surat E-Paper." />
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {letters.map((l) => (
            <li key={l.id} className="flex flex-wrap items-center justify-between gap-2 p-3 text-sm">
              <div className="min-w-0">
                <Link href={`/sekretariat/surat/epaper/${l.id}`} className="font-semibold break-words">
                  {l.subject}
                </Link>
                <p className="text-slate-600">
                  {l.number ?? "Belum bernomor"} · diperbarui {formatDateTime(l.updatedAt)}
                </p>
              </div>
              <Badge tone={l.status === "ditandatangani" ? "green" : l.status === "draf" ? "slate" : "amber"}>
                {l.supersededAt ? "Digantikan koreksi" : EPAPER_STATUS_LABELS[l.status]}
              </Badge>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
