import type { Metadata } from "next";
import Link from "next/link";
import { StepForm } from "@/components/minutes/workflow-forms";
import { ButtonLink } from "@/components/ui/button";
import { Badge, PageHeader } from "@/components/ui/misc";
import { requirePageActor } from "@/lib/auth/page";
import { restoreMeetingTypesAction } from "@/lib/minutes/actions";
import { BODY_KIND_LABELS } from "@/lib/minutes/bodies";
import { listMeetingTypes } from "@/lib/minutes/meeting-types";
import { QUORUM_LABELS } from "@/lib/minutes/quorum";
import { Cell, DataTable, Row } from "@/components/ui/table";

export const metadata: Metadata = { title: "Jenis rapat" };

export default async function MeetingTypesPage() {
  const actor = await requirePageActor("meetingTypes.manage");
  const types = await listMeetingTypes(actor);
  return (
    <div className="space-y-4">
      <PageHeader
        title="Jenis rapat"
        description="Keanggotaan badan, sifat bawaan, aturan kuorum, dan masa koreksi tiap jenis rapat."
        actions={<ButtonLink href="/sekretariat/risalah/jenis/baru">Jenis rapat baru</ButtonLink>}
      />
      <DataTable
        label="Daftar jenis rapat"
        caption="Daftar jenis rapat"
        columns={["Nama", "Badan", "Sifat", "Kuorum", "Koreksi"]}
      >
        {types.map((t) => (
          <Row key={t.id}>
            <Cell>
              <Link href={`/sekretariat/risalah/jenis/${t.id}`} className="font-semibold">
                {t.name}
              </Link>
              {!t.isActive ? <Badge tone="red">Nonaktif</Badge> : null}
            </Cell>
            <Cell>
              {t.bodyKind === "komisi"
                ? t.komisiName
                : t.bodyKind === "daftar"
                  ? `${t.listMembers} anggota`
                  : BODY_KIND_LABELS[t.bodyKind]}
            </Cell>
            <Cell>{t.defaultNature === "terbuka" ? "Terbuka" : "Tertutup"}</Cell>
            <Cell>{QUORUM_LABELS[t.defaultQuorumRule]}</Cell>
            <Cell>
              {t.correctionDays} hari {t.correctionDayKind === "kalender" ? "kalender" : "kerja"}
            </Cell>
          </Row>
        ))}
      </DataTable>
      <StepForm
        action={restoreMeetingTypesAction}
        label="Tambahkan jenis rapat bawaan yang belum ada"
        variant="secondary"
      />
    </div>
  );
}
