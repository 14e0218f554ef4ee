import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { ATTACHMENT_ACCESS } from "@/lib/attachments/access";
import { readAttachmentData } from "@/lib/attachments/service";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { attachments, outboxMessages } from "@/lib/db/schema";
import { decideParaf, submitToChain } from "@/lib/epaper/chain";
import { sendLetter } from "@/lib/epaper/send";
import { signLetter } from "@/lib/epaper/sign";
import { withFiles } from "@/lib/outbox/service";
import { mailAttachments } from "@/lib/outbox/transports";
import { addLetterFiles, EPAPER_OWNER, listLetterFiles, removeLetterFile } from "@/lib/epaper/attachments";
import { actorFor, DEMO } from "../helpers/actors";
import { draftInvitation, KABAG, SEKWAN } from "../helpers/epaper";
import { DEMO_PASSWORD } from "../helpers/minutes";
import { tinyPdf } from "../helpers/letters";

let staff: Actor, staff2: Actor, ketua: Actor, member: Actor, kabag: Actor, sekwan: Actor;

beforeAll(async () => {
  [staff, staff2, ketua, member, kabag, sekwan] = await Promise.all(
    [DEMO.staff, DEMO.staff2, DEMO.ketua, DEMO.memberDapil1, KABAG, SEKWAN].map(actorFor),
  );
});

describe("E-Paper draft attachments", () => {
  it("the drafter adds and removes files on a draft; the bytes are kept as uploaded", async () => {
    const { id } = await draftInvitation(staff, ketua, { subject: "Undangan dengan lampiran" });
    const pdf = tinyPdf();
    expect(await addLetterFiles(staff, id, [{ name: "daftar hadir.pdf", data: pdf }])).toEqual({ added: 1 });
    const files = await listLetterFiles(staff, id);
    expect(files.map((f) => f.fileName)).toEqual(["daftar hadir.pdf"]);
    expect(Buffer.compare((await readAttachmentData(files[0].id))!, pdf)).toBe(0);
    // Other staff read a non-rahasia letter and its files, as in the register.
    expect((await listLetterFiles(staff2, id)).length).toBe(1);
    await removeLetterFile(staff, id, files[0].id);
    expect(await listLetterFiles(staff, id)).toEqual([]);
    await expect(removeLetterFile(staff, id, files[0].id)).rejects.toMatchObject({ status: 404 });
  });

  it("refuses files that are not PDF or images by their bytes, and more than the limit", async () => {
    const { id } = await draftInvitation(staff, ketua);
    await expect(
      addLetterFiles(staff, id, [{ name: "surat.pdf", data: Buffer.from("bukan pdf sama sekali") }]),
    ).rejects.toMatchObject({ status: 415 });
    const six = Array.from({ length: 6 }, (_, i) => ({ name: `l${i}.pdf`, data: tinyPdf() }));
    await expect(addLetterFiles(staff, id, six)).rejects.toMatchObject({ status: 422 });
    await addLetterFiles(staff, id, six.slice(0, 4));
    // Only one more fits next to the four already attached.
    await expect(addLetterFiles(staff, id, six.slice(4))).rejects.toMatchObject({ status: 422 });
    await addLetterFiles(staff, id, six.slice(4, 5));
    expect((await listLetterFiles(staff, id)).length).toBe(5);
    await expect(addLetterFiles(staff, id, [])).rejects.toMatchObject({ status: 422 });
  });

  it("files are locked with the draft once it is submitted", async () => {
    const { id } = await draftInvitation(staff, ketua);
    await addLetterFiles(staff, id, [{ name: "a.pdf", data: tinyPdf() }]);
    const [f] = await listLetterFiles(staff, id);
    await submitToChain(staff, id);
    await expect(addLetterFiles(staff, id, [{ name: "b.pdf", data: tinyPdf() }])).rejects.toMatchObject({
      status: 409,
    });
    await expect(removeLetterFile(staff, id, f.id)).rejects.toMatchObject({ status: 409 });
  });

  it("a rahasia draft's files follow the letter's scoping, for listing and for downloading", async () => {
    const { id } = await draftInvitation(staff, ketua, { nature: "rahasia", subject: "Rahasia berlampiran" });
    await addLetterFiles(staff, id, [{ name: "rahasia.pdf", data: tinyPdf() }]);
    await expect(listLetterFiles(staff2, id)).rejects.toMatchObject({ status: 404 });
    await expect(addLetterFiles(staff2, id, [{ name: "x.pdf", data: tinyPdf() }])).rejects.toMatchObject({
      status: 404,
    });
    const access = ATTACHMENT_ACCESS[EPAPER_OWNER];
    expect(await access(staff, id)).toBe(true);
    expect(await access(ketua, id)).toBe(true);
    expect(await access(staff2, id)).toBe(false);
    expect(await access(member, id)).toBe(false);
    expect(await access(null, id)).toBe(false);
  });

  it("people without the drafting permission cannot attach", async () => {
    const { id } = await draftInvitation(staff, ketua);
    await expect(addLetterFiles(member, id, [{ name: "x.pdf", data: tinyPdf() }])).rejects.toMatchObject({
      status: 403,
    });
  });

  it("the signed letter is e-mailed with the draft's files, in their order; a lost file fails the delivery", async () => {
    const id = await readyToSignWith(
      [
        { name: "daftar undangan.pdf", data: tinyPdf() },
        { name: "denah lokasi.pdf", data: Buffer.concat([tinyPdf(), Buffer.from("%denah\n")]) },
      ],
      "Undangan dengan dua lampiran",
    );
    await signLetter(ketua, id, { password: DEMO_PASSWORD });
    expect(await sendLetter(staff, id)).toEqual({ emailed: 2, printed: 1 });
    const files = await listLetterFiles(staff, id);
    const mails = await db.select().from(outboxMessages).where(eq(outboxMessages.relatedId, id));
    const sent = mails.filter((m) => m.attachmentName);
    expect(sent).toHaveLength(2);
    for (const m of sent) {
      expect(m.fileIds).toEqual(files.map((f) => f.id));
      expect(m.body).toContain("beserta 2 berkas lampiran");
      const parts = mailAttachments(await withFiles(m))!;
      expect(parts.map((p) => p.filename)).toEqual([m.attachmentName, "daftar undangan.pdf", "denah lokasi.pdf"]);
      expect(Buffer.compare(parts[2].content, (await readAttachmentData(files[1].id))!)).toBe(0);
    }
    // A file removed behind the letter's back is not silently left out: the delivery fails and is retried.
    await db.delete(attachments).where(eq(attachments.id, files[1].id));
    await expect(withFiles(sent[0])).rejects.toThrow("Lampiran e-mail tidak ditemukan");
  });

  it("a letter without files is e-mailed with its signed PDF only", async () => {
    const id = await readyToSignWith([], "Undangan tanpa lampiran");
    await signLetter(ketua, id, { password: DEMO_PASSWORD });
    await sendLetter(staff, id);
    const [m] = (await db.select().from(outboxMessages).where(eq(outboxMessages.relatedId, id))).filter(
      (x) => x.attachmentName,
    );
    expect(m.fileIds).toBeNull();
    expect(m.body).not.toContain("berkas lampiran");
    expect(mailAttachments(await withFiles(m))!.map((p) => p.filename)).toEqual([m.attachmentName]);
  });
});

async function readyToSignWith(files: { name: string; data: Buffer }[], subject: string) {
  const { id } = await draftInvitation(staff, ketua, { subject });
  if (files.length) await addLetterFiles(staff, id, files);
  await submitToChain(staff, id);
  await decideParaf(kabag, id, { decision: "setuju" });
  await decideParaf(sekwan, id, { decision: "setuju" });
  return id;
}
