import "server-only";
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { loadActor } from "@/lib/auth/actor";
import { users } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { DEFAULT_BREACH_SUBJECT, previewBreachNotice, sendBreachNotice, type BreachAudience } from "./breach";

const USAGE = `npm run breach:notify -- --as <email staf/admin> --since <tanggal> --until <tanggal> --text-file <berkas> [--subject <subjek>] [--apply]
  Tanggal: 2026-11-01 (pukul 00.00 WITA) atau waktu ISO lengkap, mis. 2026-11-01T08:30:00+08:00.
  Periode: catatan yang dibuat sejak --since sampai sebelum --until.
  Tanpa --apply hanya menghitung penerima (uji coba); dengan --apply pesan diantrekan di outbox.
  Dalam teks, {kode} diganti dengan kode pelacakan milik penerima.`;

function describe(a: BreachAudience): string[] {
  return [
    `Periode: ${a.since.toISOString()} s.d. ${a.until.toISOString()}`,
    ...a.records.map((r) => `  ${r.label}: ${r.count} catatan`),
    `  Anonim (dilewati): ${a.anonymousSkipped}`,
    `  Tanpa kontak / kontak sudah dihapus: ${a.withoutContact}`,
    `Penerima e-mail: ${a.emailRecipients}, penerima WhatsApp: ${a.whatsappRecipients}, total pesan: ${a.messages}`,
  ];
}

/**
 * The `npm run breach:notify` command: dry run by default, `--apply` queues the notice. Returns the
 * exit code; prints through `out` (Indonesian, for the staff running it).
 */
export async function runBreachNotifyCli(
  argv: string[],
  out: (line: string) => void = console.log,
  tx: Db = db,
): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        as: { type: "string" },
        since: { type: "string" },
        until: { type: "string" },
        "text-file": { type: "string" },
        subject: { type: "string" },
        apply: { type: "boolean", default: false },
        help: { type: "boolean", default: false },
      },
    }));
  } catch (e) {
    out(`Argumen tidak dikenali: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    out(USAGE);
    return 0;
  }
  const email = typeof values.as === "string" ? values.as.trim().toLowerCase() : "";
  const textFile = values["text-file"];
  if (!email || typeof textFile !== "string" || !values.since || !values.until) {
    out(`--as, --since, --until dan --text-file wajib diisi.\n${USAGE}`);
    return 2;
  }
  const [user] = await tx
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.email}) = ${email}`)
    .limit(1);
  const actor = user ? await loadActor(user.id, undefined, undefined, tx) : null;
  if (!actor) {
    out(`Akun ${email} tidak ditemukan atau tidak aktif.`);
    return 2;
  }
  let body: string;
  try {
    body = await readFile(textFile, "utf8");
  } catch {
    out(`Berkas teks ${textFile} tidak dapat dibaca.`);
    return 2;
  }
  const input = {
    since: values.since as string,
    until: values.until as string,
    subject: typeof values.subject === "string" ? values.subject : DEFAULT_BREACH_SUBJECT,
    body,
  };
  try {
    if (!values.apply) {
      describe(await previewBreachNotice(actor, input, tx)).forEach((l) => out(l));
      out("Uji coba: belum ada pesan yang diantrekan. Jalankan lagi dengan --apply untuk mengirim.");
      return 0;
    }
    const r = await sendBreachNotice(actor, input, tx);
    describe(r).forEach((l) => out(l));
    out(`Diantrekan: ${r.messages} pesan (kelompok ${r.batchId}). Pantau pengirimannya di /sekretariat/outbox.`);
    return 0;
  } catch (e) {
    if (!isAppError(e)) throw e;
    const fields = e.fieldErrors ? Object.entries(e.fieldErrors).map(([k, v]) => `  ${k}: ${v.join(" ")}`) : [];
    [e.message, ...fields].forEach((l) => out(l));
    return 1;
  }
}
