import { z } from "zod";
import { UUID_PATTERN } from "@/lib/validation";
import { formatNumber } from "@/lib/format";

/** Longest rich-text field (characters of HTML). */
export const RICH_TEXT_MAX = 50_000;

const richText = (label: string) =>
  z
    .string({ error: `${label} tidak valid.` })
    .max(RICH_TEXT_MAX, `${label} terlalu panjang (maksimal ${formatNumber(RICH_TEXT_MAX)} karakter).`);

const clock = (label: string) =>
  z
    .string({ error: `${label} tidak valid.` })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${label} harus berformat JJ:MM, mis. 09:30.`)
    .or(z.literal(""));

/** A speaker reference: "m:<user id>" for a member, "g:<guest id>" for an invited guest. */
export const speakerRef = z
  .string({ error: "Pembicara wajib dipilih." })
  .regex(new RegExp(`^[mg]:${UUID_PATTERN}$`, "i"), "Pembicara wajib dipilih dari daftar.");

export const proceedingSchema = z.object({
  speaker: speakerRef,
  summary: richText("Ringkasan pembicaraan"),
});

export const agendaContentSchema = z.object({
  agendaItemId: z.uuid({ error: "Acara rapat tidak dikenal." }),
  proceedings: z.array(proceedingSchema).max(200, "Paling banyak 200 pembicara per acara."),
  decisions: richText("Keputusan/kesimpulan"),
});

/**
 * The structured draft the note-taker writes; header, attendance, guests and agenda come from the
 * meeting record. The same schema validates in the browser (react-hook-form) and on the server.
 */
export const minutesContentSchema = z.object({
  openedAt: clock("Jam pembukaan"),
  closedAt: clock("Jam penutupan"),
  opening: richText("Pembukaan"),
  items: z.array(agendaContentSchema).max(50, "Paling banyak 50 acara."),
  closing: richText("Penutup"),
});

export type MinutesContent = z.infer<typeof minutesContentSchema>;
export type AgendaContent = z.infer<typeof agendaContentSchema>;

/** An empty draft with one section per agenda item. */
export function emptyContent(agendaItemIds: string[], startTime?: string | null): MinutesContent {
  return {
    openedAt: startTime ? startTime.slice(0, 5) : "",
    closedAt: "",
    opening: "",
    items: agendaItemIds.map((id) => ({ agendaItemId: id, proceedings: [], decisions: "" })),
    closing: "",
  };
}

/**
 * Align stored content with the meeting's current agenda: items in agenda order, new agenda items
 * get an empty section, sections of removed items are dropped.
 */
export function alignContent(content: MinutesContent, agendaItemIds: string[]): MinutesContent {
  const byId = new Map(content.items.map((i) => [i.agendaItemId, i]));
  return {
    ...content,
    items: agendaItemIds.map((id) => byId.get(id) ?? { agendaItemId: id, proceedings: [], decisions: "" }),
  };
}

/** Read stored JSON as content, tolerating older or partial shapes. */
export function parseStoredContent(raw: unknown, agendaItemIds: string[]): MinutesContent {
  const parsed = minutesContentSchema.safeParse(raw);
  return alignContent(parsed.success ? parsed.data : emptyContent(agendaItemIds), agendaItemIds);
}
