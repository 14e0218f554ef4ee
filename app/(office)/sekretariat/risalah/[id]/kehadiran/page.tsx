import type { Metadata } from "next";
import Link from "next/link";
import { AttendanceForm } from "@/components/minutes/attendance-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/misc";
import { requirePageActor } from "@/lib/auth/page";
import { recordAttendanceAction } from "@/lib/minutes/actions";
import { orNotFound } from "@/lib/minutes/page-helpers";
import { getMeetingDetail } from "@/lib/minutes/queries";
import type { AttendanceStatus, QuorumRule } from "@/lib/minutes/quorum";

export const metadata: Metadata = { title: "Daftar hadir" };

export default async function AttendancePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("meeting.manage");
  const { id } = await params;
  const detail = await orNotFound(getMeetingDetail(actor, id));
  const editable = detail.minutes.status === "draf";
  return (
    <div className="space-y-4">
      <PageHeader
        title="Daftar hadir dan kuorum"
        description={<Link href={`/sekretariat/risalah/${id}`}>{detail.meeting.title}</Link>}
      />
      {!editable ? <Alert tone="warning">Risalah sudah diajukan atau final: daftar hadir terkunci.</Alert> : null}
      {detail.attendance.length === 0 ? (
        <Alert tone="warning">Badan rapat ini belum memiliki anggota. Atur keanggotaannya di Jenis rapat.</Alert>
      ) : null}
      <AttendanceForm
        action={recordAttendanceAction.bind(null, id)}
        rule={detail.meeting.quorumRule as QuorumRule}
        editable={editable}
        rows={detail.attendance.map((a) => ({
          userId: a.userId,
          name: a.name,
          fraksi: a.fraksi,
          status: a.status as AttendanceStatus | null,
          arrivedAt: a.arrivedAt,
        }))}
      />
    </div>
  );
}
