import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import { writeAudit } from "@/lib/audit/service";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { meetingAgendaItems, meetingAttendance, meetingGuests, minutes, minutesVersions, users } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { errors, type FieldErrors } from "@/lib/errors";
import { loadScope } from "./access";
import { alignContent, parseStoredContent, type MinutesContent } from "./content";
import { diffLines, type DiffOp } from "./diff";
import { richTextLines } from "./rich-text";
import { sanitizeContent } from "./sanitize";
import { draftSaveSchema } from "./schema";
import { editGuard, type MinutesStatus } from "./workflow-rules";
import { parseInput } from "@/lib/validation";

export interface SpeakerOption {
  ref: string;
  label: string;
}

/** Names of agenda items and speakers of a meeting, for labels, validation and diffs. */
export async function meetingLabels(meetingId: string, tx: Db = db) {
  const [agenda, members, guests] = await Promise.all([
    tx
      .select({ id: meetingAgendaItems.id, title: meetingAgendaItems.title })
      .from(meetingAgendaItems)
      .where(eq(meetingAgendaItems.meetingId, meetingId))
      .orderBy(asc(meetingAgendaItems.position)),
    tx
      .select({ id: users.id, name: users.name, status: meetingAttendance.status })
      .from(meetingAttendance)
      .innerJoin(users, eq(users.id, meetingAttendance.userId))
      .where(eq(meetingAttendance.meetingId, meetingId))
      .orderBy(asc(users.name)),
    tx
      .select({ id: meetingGuests.id, name: meetingGuests.name, institution: meetingGuests.institution })
      .from(meetingGuests)
      .where(eq(meetingGuests.meetingId, meetingId))
      .orderBy(asc(meetingGuests.position)),
  ]);
  // Members present first: they are the ones who speak.
  const speakers: SpeakerOption[] = [
    ...members.filter((m) => m.status === "hadir").map((m) => ({ ref: `m:${m.id}`, label: m.name })),
    ...guests.map((g) => ({ ref: `g:${g.id}`, label: `${g.name} (${g.institution})` })),
    ...members
      .filter((m) => m.status !== "hadir")
      .map((m) => ({ ref: `m:${m.id}`, label: `${m.name} (tidak tercatat hadir)` })),
  ];
  return { agenda, speakers, agendaIds: agenda.map((a) => a.id) };
}

/** The editor's data: meeting labels, speakers, the current content and revision. */
export async function getEditor(actor: Actor | null, meetingId: string, tx: Db = db) {
  const me = await requirePermission(actor, "minutes.edit", tx);
  const scope = await loadScope(me, meetingId, undefined, tx);
  const labels = await meetingLabels(meetingId, tx);
  return {
    meeting: scope.meeting,
    status: scope.minutes.status as MinutesStatus,
    revision: scope.minutes.revision,
    content: parseStoredContent(scope.minutes.content, labels.agendaIds),
    agenda: labels.agenda,
    speakers: labels.speakers,
    editable: editGuard(scope.minutes.status as MinutesStatus),
  };
}

/**
 * Save the draft (autosave or manual). Every save that changes the content becomes a new version;
 * a save based on an older revision than the stored one is refused (another tab or user saved).
 */
export async function saveDraft(
  actor: Actor | null,
  meetingId: string,
  input: unknown,
  tx: Db = db,
): Promise<{ revision: number; changed: boolean; savedAt: Date }> {
  const me = await requirePermission(actor, "minutes.edit", tx);
  const data = parseInput(draftSaveSchema, input);
  return tx.transaction(async (tx) => {
    const scope = await loadScope(me, meetingId, { forUpdate: true }, tx);
    const g = editGuard(scope.minutes.status as MinutesStatus);
    if (!g.ok) throw errors.conflict(g.reason);
    const labels = await meetingLabels(meetingId, tx);
    const refs = new Set(labels.speakers.map((s) => s.ref));
    const fe: FieldErrors = {};
    data.content.items.forEach((item, i) => {
      if (!labels.agendaIds.includes(item.agendaItemId)) fe[`items.${i}`] = ["Acara ini bukan bagian dari rapat."];
      item.proceedings.forEach((p, j) => {
        if (!refs.has(p.speaker))
          fe[`items.${i}.proceedings.${j}.speaker`] = ["Pembicara harus anggota badan rapat atau undangan rapat ini."];
      });
    });
    if (Object.keys(fe).length) throw errors.validation(fe);
    const content = alignContent(sanitizeContent(data.content), labels.agendaIds);
    if (JSON.stringify(content) === JSON.stringify(parseStoredContent(scope.minutes.content, labels.agendaIds))) {
      return { revision: scope.minutes.revision, changed: false, savedAt: scope.minutes.updatedAt };
    }
    if (data.revision !== scope.minutes.revision) {
      throw errors.conflict(
        `Draf sudah diubah di tempat lain (versi ${scope.minutes.revision}). Muat ulang halaman agar tidak menimpa perubahan itu.`,
      );
    }
    const revision = scope.minutes.revision + 1;
    const now = new Date();
    await tx
      .insert(minutesVersions)
      .values({ minutesId: scope.minutes.id, number: revision, content, authorId: me.id });
    await tx.update(minutes).set({ content, revision, updatedAt: now }).where(eq(minutes.id, scope.minutes.id));
    await writeAudit(
      { actor: me, action: "minutes.save", entityType: "minutes", entityId: scope.minutes.id, detail: { revision } },
      tx,
    );
    return { revision, changed: true, savedAt: now };
  });
}

/** The version history of a draft, newest first. */
export async function listVersions(actor: Actor | null, meetingId: string, tx: Db = db) {
  const me = await requirePermission(actor, "minutes.edit", tx);
  const scope = await loadScope(me, meetingId, undefined, tx);
  return tx
    .select({
      number: minutesVersions.number,
      createdAt: minutesVersions.createdAt,
      author: users.name,
      note: minutesVersions.note,
    })
    .from(minutesVersions)
    .leftJoin(users, eq(users.id, minutesVersions.authorId))
    .where(eq(minutesVersions.minutesId, scope.minutes.id))
    .orderBy(desc(minutesVersions.number));
}

/** Plain lines of a draft with section headings and speaker names (for diffs). */
export function contentLines(
  content: MinutesContent,
  agenda: { id: string; title: string }[],
  speakers: SpeakerOption[],
): string[] {
  const name = new Map(speakers.map((s) => [s.ref, s.label.replace(/ \(tidak tercatat hadir\)$/, "")]));
  const lines = [
    `Jam pembukaan: ${content.openedAt || "—"}`,
    `Jam penutupan: ${content.closedAt || "—"}`,
    "## Pembukaan",
    ...richTextLines(content.opening),
  ];
  content.items.forEach((item, i) => {
    lines.push(`## Acara ${i + 1}: ${agenda.find((a) => a.id === item.agendaItemId)?.title ?? "(acara dihapus)"}`);
    for (const p of item.proceedings)
      lines.push(`### ${name.get(p.speaker) ?? "(pembicara tidak dikenal)"}`, ...richTextLines(p.summary));
    lines.push("### Keputusan/kesimpulan", ...richTextLines(item.decisions));
  });
  lines.push("## Penutup", ...richTextLines(content.closing));
  return lines;
}

/** Line diff between two versions of a draft (0 = the empty starting draft). */
export async function diffVersions(
  actor: Actor | null,
  meetingId: string,
  from: number,
  to: number,
  tx: Db = db,
): Promise<DiffOp[]> {
  const me = await requirePermission(actor, "minutes.edit", tx);
  const scope = await loadScope(me, meetingId, undefined, tx);
  const labels = await meetingLabels(meetingId, tx);
  const load = async (n: number) => {
    if (n === 0) return parseStoredContent(null, labels.agendaIds);
    const [row] = await tx
      .select({ content: minutesVersions.content })
      .from(minutesVersions)
      .where(and(eq(minutesVersions.minutesId, scope.minutes.id), eq(minutesVersions.number, n)));
    if (!row) throw errors.notFound("Versi draf");
    return parseStoredContent(row.content, labels.agendaIds);
  };
  const [a, b] = await Promise.all([load(from), load(to)]);
  return diffLines(contentLines(a, labels.agenda, labels.speakers), contentLines(b, labels.agenda, labels.speakers));
}
