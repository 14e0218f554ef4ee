import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { epaperLetters, letterNumbers, outboxMessages, users } from "@/lib/db/schema";
import { apiListSigned, readLetterPdf } from "@/lib/epaper/api";
import { listLetters } from "@/lib/epaper/drafts";
import { deliveriesOf, sendLetter, startCorrection } from "@/lib/epaper/send";
import { applyLetterSignature, signLetter } from "@/lib/epaper/sign";
import { decideParaf, submitToChain } from "@/lib/epaper/chain";
import { seedEpaperDemo } from "@/lib/epaper/seed";
import { letterVerification } from "@/lib/epaper/verify";
import { actorFor, DEMO } from "../helpers/actors";
import { KABAG, readyToSign, SEKWAN } from "../helpers/epaper";
import { DEMO_PASSWORD } from "../helpers/minutes";

let staff: Actor, staff2: Actor, kabag: Actor, sekwan: Actor, ketua: Actor;

beforeAll(async () => {
  [staff, staff2, kabag, sekwan, ketua] = await Promise.all(
    [DEMO.staff, DEMO.staff2, KABAG, SEKWAN, DEMO.ketua].map(actorFor),
  );
});

describe("E-Paper: sending, corrections, scoping, API, concurrency", () => {
  it("sends the signed PDF by e-mail to addressees and tembusan with e-mail; the rest are printed copies", async () => {
    const id = await readyToSign(staff, kabag, sekwan, ketua);
    await signLetter(ketua, id, { password: DEMO_PASSWORD });
    expect(await sendLetter(staff, id)).toEqual({ emailed: 2, printed: 1 });
    await expect(sendLetter(staff, id)).rejects.toMatchObject({ status: 409 });
    const msgs = await db.select().from(outboxMessages).where(eq(outboxMessages.relatedId, id));
    const mails = msgs.filter((m) => m.attachmentName);
    expect(mails.map((m) => m.recipient).sort()).toEqual(["pu@balikpapan.test", "walikota@balikpapan.test"]);
    const [row] = await db.select().from(epaperLetters).where(eq(epaperLetters.id, id));
    expect(Buffer.from(mails[0].attachmentData!).equals(row.pdf!)).toBe(true);
    expect((await deliveriesOf(id)).map((d) => `${d.kind}:${d.channel}`).sort()).toEqual([
      "tembusan:email",
      "tujuan:cetak",
      "tujuan:email",
    ]);
  });

  it("the signer is told by e-mail and, with a number on the account, by WhatsApp; a rahasia subject is in neither", async () => {
    await db.update(users).set({ phone: "081234567890" }).where(eq(users.id, ketua.id));
    try {
      const id = await readyToSign(staff, kabag, sekwan, ketua, {
        nature: "rahasia",
        subject: "Hal yang dirahasiakan",
      });
      const msgs = await db.select().from(outboxMessages).where(eq(outboxMessages.relatedId, id));
      const toSigner = msgs.filter((m) => m.subject === "Surat menunggu tanda tangan Anda");
      expect(toSigner.map((m) => `${m.channel}:${m.recipient}`).sort()).toEqual([
        `email:${ketua.email}`,
        "whatsapp:081234567890",
      ]);
      expect(toSigner.every((m) => !m.body.includes("Hal yang dirahasiakan"))).toBe(true);
    } finally {
      await db.update(users).set({ phone: null }).where(eq(users.id, ketua.id));
    }
  });

  it("a correction supersedes the signed letter once signed; both stay verifiable", async () => {
    const id = await readyToSign(staff, kabag, sekwan, ketua);
    const first = await signLetter(ketua, id, { password: DEMO_PASSWORD });
    await expect(startCorrection(staff, id, { reason: "x" })).rejects.toMatchObject({ status: 422 });
    const { id: fix } = await startCorrection(staff, id, { reason: "Salah penulisan tanggal rapat." });
    await submitToChain(staff, fix);
    await decideParaf(kabag, fix, { decision: "setuju" });
    await decideParaf(sekwan, fix, { decision: "setuju" });
    const second = await signLetter(ketua, fix, { password: DEMO_PASSWORD });
    expect(second.number).not.toBe(first.number);
    expect(await letterVerification(null, first.code)).toMatchObject({
      current: false,
      replacement: { code: second.code },
    });
    expect(await letterVerification(null, second.code)).toMatchObject({
      current: true,
      supersedes: { code: first.code },
      correctionReason: "Salah penulisan tanggal rapat.",
    });
  });

  it("rahasia letters: hidden from other staff everywhere; verification shows only that it is genuine", async () => {
    const id = await readyToSign(staff, kabag, sekwan, ketua, {
      nature: "rahasia",
      subject: "Hasil pemeriksaan khusus",
    });
    const { code } = await signLetter(ketua, id, { password: DEMO_PASSWORD });
    expect((await listLetters(staff2)).some((l) => l.id === id)).toBe(false);
    expect((await listLetters(staff)).some((l) => l.id === id)).toBe(true);
    expect((await apiListSigned(staff2)).some((l) => l.verificationCode === code)).toBe(false);
    await expect(readLetterPdf(staff2, id)).rejects.toMatchObject({ status: 404 });
    const pub = await letterVerification(null, code);
    expect(pub).toMatchObject({ confidential: true, subject: null, number: null, signerName: null });
    expect(pub!.sha256).toMatch(/^[0-9a-f]{64}$/);
    const outbox = await db
      .select({ body: outboxMessages.body })
      .from(outboxMessages)
      .where(eq(outboxMessages.relatedId, id));
    expect(outbox.some((m) => m.body.includes("Hasil pemeriksaan khusus"))).toBe(false);
  });

  it("the demo seed has an invitation signed by the Ketua and one signed a.n. Ketua by a Wakil Ketua", async () => {
    await seedEpaperDemo();
    const signed = await db
      .select({ code: epaperLetters.code })
      .from(epaperLetters)
      .where(eq(epaperLetters.status, "ditandatangani"));
    const infos = await Promise.all(signed.map((s) => letterVerification(null, s.code!)));
    expect(infos.map((i) => i!.capacity)).toEqual(
      expect.arrayContaining(["Ketua DPRD Kota Balikpapan", "a.n. Ketua DPRD Kota Balikpapan"]),
    );
  });

  it("the API lists signed letters by register id and serves the stored bytes", async () => {
    const list = await apiListSigned(staff);
    expect(list.length).toBeGreaterThan(0);
    const item = list[0];
    expect(item).toMatchObject({
      id: expect.any(String),
      number: expect.any(String),
      verificationCode: expect.stringMatching(/^SRT-/),
      signedAt: expect.any(String),
    });
    const file = await readLetterPdf(staff, item.id);
    expect(file.data.subarray(0, 5).toString()).toBe("%PDF-");
    await expect(readLetterPdf(null, item.id)).rejects.toMatchObject({ status: 401 });
  });

  it("30 letters signed at once get consecutive, gap-free numbers", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 30; i++)
      ids.push(await readyToSign(staff, kabag, sekwan, ketua, { subject: `Undangan ${i + 1}` }));
    const results = await Promise.all(ids.map((id) => db.transaction((tx) => applyLetterSignature(ketua, id, {}, tx))));
    const rows = await db
      .select({ seq: letterNumbers.seq, number: letterNumbers.number })
      .from(letterNumbers)
      .where(
        inArray(
          letterNumbers.number,
          results.map((r) => r.number),
        ),
      );
    const seqs = rows.map((r) => r.seq).sort((a, b) => a - b);
    expect(seqs).toHaveLength(30);
    expect(seqs[29] - seqs[0]).toBe(29);
    expect(new Set(results.map((r) => r.code)).size).toBe(30);
  }, 300_000);
});
