import type { Metadata } from "next";
import Link from "next/link";
import { StepForm } from "@/components/minutes/workflow-forms";
import { ButtonLink } from "@/components/ui/button";
import { Badge, PageHeader } from "@/components/ui/misc";
import { requirePageActor } from "@/lib/auth/page";
import { db } from "@/lib/db";
import { restoreMeetingTypesAction } from "@/lib/minutes/actions";
import { BODY_KIND_LABELS } from "@/lib/minutes/bodies";
import { listMeetingTypes } from "@/lib/minutes/meeting-types";
import { QUORUM_LABELS } from "@/lib/minutes/quorum";
import { ScrollRegion } from "@/components/ui/table";

export const metadata: Metadata = { title: "Jenis rapat" };

export default async function MeetingTypesPage() {
  const actor = await requirePageActor("meetingTypes.manage");
  const types = await listMeetingTypes(db, actor);
  return (
    <div className="space-y-4">
      <PageHeader title="Jenis rapat" description="Keanggotaan badan, sifat bawaan, aturan kuorum, dan masa koreksi tiap jenis rapat." actions={<ButtonLink href="/sekretariat/risalah/jenis/baru">Jenis rapat baru</ButtonLink>} />
      <ScrollRegion label="Daftar jenis rapat">
        <table className="min-w-full text-left text-sm">
          <caption className="sr-only">Daftar jenis rapat</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="px-3 py-2">Nama</th>
              <th scope="col" className="px-3 py-2">Badan</th>
              <th scope="col" className="px-3 py-2">Sifat</th>
              <th scope="col" className="px-3 py-2">Kuorum</th>
              <th scope="col" className="px-3 py-2">Koreksi</th>
            </tr>
          </thead>
          <tbody>
            {types.map((t) => (
              <tr key={t.id} className="border-t border-slate-100">
                <td className="px-3 py-2">
                  <Link href={`/sekretariat/risalah/jenis/${t.id}`} className="font-semibold">
                    {t.name}
                  </Link>
                  {!t.isActive ? <Badge tone="red">Nonaktif</Badge> : null}
                </td>
                <td className="px-3 py-2">{t.bodyKind === "komisi" ? t.komisiName : t.bodyKind === "daftar" ? `${t.listMembers} anggota` : BODY_KIND_LABELS[t.bodyKind]}</td>
                <td className="px-3 py-2">{t.defaultNature === "terbuka" ? "Terbuka" : "Tertutup"}</td>
                <td className="px-3 py-2">{QUORUM_LABELS[t.defaultQuorumRule]}</td>
                <td className="px-3 py-2">{t.correctionDays} hari {t.correctionDayKind === "kalender" ? "kalender" : "kerja"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <StepForm action={restoreMeetingTypesAction} label="Tambahkan jenis rapat bawaan yang belum ada" variant="secondary" />
    </div>
  );
}
