import "server-only";
import { asc, eq } from "drizzle-orm";
import { epaperTemplates, type ChainStepConfig } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { db as defaultDb } from "@/lib/db";

/** The paraf chain most letters follow: the Kepala Bagian, then the Sekretaris DPRD, then the signer. */
export const DEFAULT_CHAIN: ChainStepConfig[] = [
  { label: "Kepala Bagian Umum", position: "Kepala Bagian Umum" },
  { label: "Sekretaris DPRD", position: "Sekretaris DPRD" },
];

export const DEFAULT_TEMPLATES = [
  {
    code: "surat-biasa",
    name: "Surat biasa",
    heading: null,
    defaultSubject: "",
    body: "Dengan hormat,\n\nSehubungan dengan …, bersama ini kami sampaikan bahwa ….\n\nDemikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.",
    chain: DEFAULT_CHAIN,
  },
  {
    code: "surat-undangan",
    name: "Surat undangan",
    heading: null,
    defaultSubject: "Undangan",
    body: "Dengan hormat,\n\nBersama ini kami mengundang Bapak/Ibu untuk menghadiri rapat yang akan dilaksanakan pada:\n\nhari/tanggal : …\npukul : … WITA s.d. selesai\ntempat : Ruang Rapat Paripurna DPRD Kota Balikpapan, Jl. Jenderal Sudirman No. 1\nacara : …\n\nMengingat pentingnya acara tersebut, diharapkan kehadiran Bapak/Ibu tepat pada waktunya.\n\nDemikian disampaikan, atas perhatian dan kehadirannya diucapkan terima kasih.",
    chain: DEFAULT_CHAIN,
  },
  {
    code: "nota-dinas",
    name: "Nota dinas",
    heading: "NOTA DINAS",
    defaultSubject: "",
    body: "Dengan hormat,\n\nBersama ini kami laporkan bahwa ….\n\nDemikian disampaikan untuk menjadi periksa.",
    chain: [{ label: "Kepala Bagian Umum", position: "Kepala Bagian Umum" }],
  },
  {
    code: "surat-tugas",
    name: "Surat tugas",
    heading: "SURAT TUGAS",
    defaultSubject: "Surat Tugas",
    body: "Dasar : …\n\nMENUGASKAN\n\nKepada : …\nUntuk : …\n\nDemikian surat tugas ini dibuat untuk dilaksanakan dengan penuh tanggung jawab.",
    chain: DEFAULT_CHAIN,
  },
];

/** Insert the default letter types once (idempotent; admins may change their chains afterwards). */
export async function ensureTemplates(tx: Db = defaultDb): Promise<void> {
  await tx
    .insert(epaperTemplates)
    .values(DEFAULT_TEMPLATES.map((t) => ({ ...t, defaultClassification: null })))
    .onConflictDoNothing();
}

/** Active letter types for the drafting form. */
export async function listTemplates(tx: Db = defaultDb) {
  await ensureTemplates(tx);
  return tx.select().from(epaperTemplates).where(eq(epaperTemplates.isActive, true)).orderBy(asc(epaperTemplates.id));
}

export async function templateByCode(code: string, tx: Db = defaultDb) {
  await ensureTemplates(tx);
  const [t] = await tx.select().from(epaperTemplates).where(eq(epaperTemplates.code, code));
  return t ?? null;
}
