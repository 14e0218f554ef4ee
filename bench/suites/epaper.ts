import { inArray, like, sql } from "drizzle-orm";
import { setDbHandle } from "@/lib/db";
import { runMigrations } from "@/lib/db/migrate";
import { openPostgres } from "@/lib/db/open";
import { outgoingLetters, users } from "@/lib/db/schema";
import { loadActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/auth/roles";
import { decideParaf, submitToChain } from "@/lib/epaper/chain";
import { createFromTemplate } from "@/lib/epaper/drafts";
import { applyLetterSignature } from "@/lib/epaper/sign";
import { seedReference } from "@/lib/seed";
import { seedDemoUsers } from "@/lib/seed/demo-users";
import { median, percentile, type BenchRow, type Suite } from "../lib";

async function actor(email: string): Promise<Actor> {
  const { db } = await import("@/lib/db");
  const [u] = await db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.email}) = ${email}`);
  const a = u ? await loadActor(u.id) : null;
  if (!a) throw new Error(`no active account ${email}`);
  return a;
}

/** A letter through the whole paraf chain, waiting on `signer`'s signature. */
async function readyLetter(staff: Actor, kabag: Actor, sekwan: Actor, signer: Actor, n: number): Promise<string> {
  const { id } = await createFromTemplate(staff, {
    templateCode: "surat-undangan",
    subject: `Undangan rapat uji beban E-Paper ${n}`,
    recipients: "Kepala Dinas Pekerjaan Umum Kota Balikpapan | pu@balikpapan.test\nKepala BPBD Kota Balikpapan",
    copies: "Wali Kota Balikpapan",
    classificationCode: "000.1.5",
    signerId: signer.id,
    signerPosition: "Ketua DPRD Kota Balikpapan",
    nature: "biasa",
  });
  await submitToChain(staff, id);
  await decideParaf(kabag, id, { decision: "setuju" });
  await decideParaf(sekwan, id, { decision: "setuju" });
  return id;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/**
 * E-Paper signing in-process on a fresh PostgreSQL database: the time to take the number from the
 * gap-free outgoing register, register the letter, render the PDF with react-pdf and add the PAdES
 * signature (applyLetterSignature: everything signLetter does after the password check), cold (the
 * first letter of a fresh process and database: CA and signer certificate created, react-pdf loaded)
 * and warm (median of sequential letters); then 8 signers signing at once.
 */
export const epaper: Suite = {
  name: "epaper",
  async run(ctx) {
    const url = await ctx.freshDatabase("sidilan_bench_epaper");
    const handle = openPostgres(url, 10);
    setDbHandle(handle);
    const rows: BenchRow[] = [];
    try {
      await runMigrations(handle);
      await seedReference(handle.db);
      await seedDemoUsers(handle.db);
      const [staff, kabag, sekwan, ketua] = await Promise.all(
        ["staf.umum@sidilan.test", "kabag.umum@sidilan.test", "sekwan@sidilan.test", "ketua@sidilan.test"].map(actor),
      );
      let n = 0;
      const t0 = performance.now();
      const first = await readyLetter(staff, kabag, sekwan, ketua, ++n);
      const prepMs = performance.now() - t0;
      const c0 = performance.now();
      await applyLetterSignature(ketua, first);
      const coldMs = performance.now() - c0;
      const warm: number[] = [];
      for (let i = 0; i < 15; i++) {
        const id = await readyLetter(staff, kabag, sekwan, ketua, ++n);
        const s0 = performance.now();
        await applyLetterSignature(ketua, id);
        warm.push(performance.now() - s0);
      }
      warm.sort((a, b) => a - b);
      rows.push({
        suite: "epaper",
        name: "render + number + sign one letter (in-process, PostgreSQL)",
        figures: {
          coldMs: round(coldMs),
          medianMs: round(median(warm)),
          p95Ms: round(percentile(warm, 95)),
          runs: warm.length,
          draftAndParafMs: round(prepMs),
        },
        note: "cold = first letter of a fresh process and database (CA + signer certificate created)",
      });

      // Eight signers at once: eight member accounts, each with a warmed-up certificate.
      const members = await handle.db
        .select({ email: users.email })
        .from(users)
        .where(inArray(users.role, ["member"]))
        .orderBy(users.email)
        .limit(8);
      const signers = await Promise.all(members.map((m) => actor(m.email.toLowerCase())));
      for (const s of signers) await applyLetterSignature(s, await readyLetter(staff, kabag, sekwan, s, ++n));
      const rounds = 4;
      const queue: { signer: Actor; id: string }[] = [];
      for (let r = 0; r < rounds; r++)
        for (const s of signers) queue.push({ signer: s, id: await readyLetter(staff, kabag, sekwan, s, ++n) });
      const each: number[] = [];
      const b0 = performance.now();
      await Promise.all(
        signers.map(async (s) => {
          for (const item of queue.filter((q) => q.signer === s)) {
            const s0 = performance.now();
            await applyLetterSignature(s, item.id);
            each.push(performance.now() - s0);
          }
        }),
      );
      const wallS = (performance.now() - b0) / 1000;
      each.sort((a, b) => a - b);
      const [gap] = await handle.db
        .select({
          n: sql<number>`count(*)::int`,
          distinctN: sql<number>`count(distinct ${outgoingLetters.number})::int`,
          span: sql<number>`(max(${outgoingLetters.numberSeq}) - min(${outgoingLetters.numberSeq}) + 1)::int`,
        })
        .from(outgoingLetters)
        .where(like(outgoingLetters.summary, "E-Paper%"));
      rows.push({
        suite: "epaper",
        name: "8 signers at once (32 letters)",
        figures: {
          lettersPerS: round(queue.length / wallS),
          p50Ms: round(median(each)),
          p95Ms: round(percentile(each, 95)),
          letters: queue.length,
          registered: gap.n,
          gapFree: String(gap.n === gap.distinctN && gap.span === gap.n),
        },
      });
    } finally {
      await handle.close();
      setDbHandle(undefined);
    }
    return rows;
  },
};
