import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { meetingAttendance, meetingTypes } from "@/lib/db/schema";
import { DEMO_PASSWORD } from "@/lib/seed/demo-users";
import { getEditor, saveDraft } from "@/lib/minutes/drafts";
import { ensureDefaultMeetingTypes } from "@/lib/minutes/meeting-types";
import { createMeeting, recordAttendance } from "@/lib/minutes/meetings";
import { approveMinutes, signMinutes, submitForReview } from "@/lib/minutes/workflow-transitions";

export { DEMO_PASSWORD };

/** A plenary meeting with attendance recorded (present of the 45) and a short draft. */
export async function plenaryWithDraft(
  staff: Actor,
  chair: Actor,
  secretary: Actor,
  opts: { nature?: "terbuka" | "tertutup"; present?: number; title?: string } = {},
) {
  await ensureDefaultMeetingTypes();
  const [type] = await db.select().from(meetingTypes).where(eq(meetingTypes.name, "Rapat Paripurna"));
  const id = await createMeeting(staff, {
    typeId: type.id,
    title: opts.title ?? "Rapat Paripurna Uji Tanda Tangan",
    nature: opts.nature ?? "terbuka",
    quorumRule: "dua_pertiga",
    date: "2026-11-09",
    startTime: "09:00",
    endTime: "12:00",
    place: "Ruang Paripurna",
    chairId: chair.id,
    secretaryId: secretary.id,
    agenda: [{ title: "Penyampaian laporan" }, { title: "Penetapan keputusan" }],
    guests: [{ name: "Kepala Bappeda", institution: "Pemerintah Kota Balikpapan", role: "Narasumber" }],
  });
  const body = await db
    .select({ userId: meetingAttendance.userId })
    .from(meetingAttendance)
    .where(eq(meetingAttendance.meetingId, id));
  const present = opts.present ?? 31;
  await recordAttendance(
    staff,
    id,
    body.map((b, i) => ({
      userId: b.userId,
      status: i < present ? "hadir" : "izin",
      arrivedAt: i < present ? "09:05" : "",
    })),
  );
  const editor = await getEditor(staff, id);
  const speaker = editor.speakers[0].ref;
  await saveDraft(staff, id, {
    revision: editor.revision,
    content: {
      ...editor.content,
      opening: "<p>Rapat dibuka pukul 09.00 WITA.</p>",
      items: editor.content.items.map((it) => ({
        ...it,
        proceedings: [{ speaker, summary: "<p>Menyampaikan laporan.</p>" }],
        decisions: "<p>Disetujui.</p>",
      })),
      closing: "<p>Rapat ditutup.</p>",
    },
  });
  return id;
}

/** Take a meeting's minutes from draft to fully signed. */
export async function signedMinutes(id: string, staff: Actor, chair: Actor, secretary: Actor) {
  await submitForReview(staff, id);
  await approveMinutes(chair, id, { earlyReason: "Uji: semua anggota sudah menyetujui draf." });
  await signMinutes(chair, id, { password: DEMO_PASSWORD });
  await signMinutes(secretary, id, { password: DEMO_PASSWORD });
}

/** Run Debian's pdfsig on a PDF with an NSS database that trusts only the given CA. It always exits 0. */
export function pdfsig(pdf: Buffer, caPem: string): string {
  const dir = mkdtempSync(join(tmpdir(), "sidilan-pdfsig-"));
  try {
    const nss = join(dir, "nss");
    execFileSync("mkdir", ["-p", nss]);
    writeFileSync(join(dir, "ca.pem"), caPem);
    writeFileSync(join(dir, "doc.pdf"), pdf);
    execFileSync("certutil", ["-N", "--empty-password", "-d", `sql:${nss}`]);
    execFileSync("certutil", ["-A", "-n", "ca", "-t", "CT,C,C", "-i", join(dir, "ca.pem"), "-d", `sql:${nss}`]);
    return execFileSync("pdfsig", ["-nssdir", `sql:${nss}`, join(dir, "doc.pdf")], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
