import { and, eq, like, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { auditLog, disposisi, incomingLetters, komisi, outboxMessages, users } from "@/lib/db/schema";
import { countNewDisposisi, listMyDisposisi } from "@/lib/letters/disposisi/inbox";
import { recipientOptions } from "@/lib/letters/disposisi/recipients";
import { disposeLetter, forwardDisposisi, receiveDisposisi, reportDisposisi } from "@/lib/letters/disposisi/service";
import { listIncoming, registerIncoming } from "@/lib/letters/incoming";
import { archiveIncoming, getIncoming } from "@/lib/letters/incoming-detail";
import { actorFor, DEMO } from "../helpers/actors";
import { daysAgo, incomingInput } from "../helpers/letters";

let staff: Actor, staff2: Actor, admin: Actor, komisiMember: Actor, otherMember: Actor, ketua: Actor;
let komisiId: number;
const due = daysAgo(-5);
const branch = (key: string, instructions = ["tindak_lanjuti"]) => ({
  key,
  instructions,
  note: "Mohon segera",
  dueOn: due,
});

beforeAll(async () => {
  [staff, staff2, admin, ketua] = await Promise.all([
    actorFor(DEMO.staff),
    actorFor(DEMO.staff2),
    actorFor(DEMO.admin),
    actorFor(DEMO.ketua),
  ]);
  const [k1] = await db.select().from(komisi).where(eq(komisi.name, "Komisi I"));
  komisiId = k1.id;
  const members = await db
    .select({ email: users.email, komisiId: users.komisiId })
    .from(users)
    .where(eq(users.role, "member"));
  komisiMember = await actorFor(members.find((m) => m.komisiId === komisiId)!.email);
  otherMember = await actorFor(members.find((m) => m.komisiId && m.komisiId !== komisiId)!.email);
});

async function branchesOf(letterId: string) {
  return db.select().from(disposisi).where(eq(disposisi.letterId, letterId));
}

describe("disposisi", () => {
  it("offers pimpinan, komisi, units, staff and members as recipients", async () => {
    const opts = await recipientOptions();
    const groups = new Set(opts.map((o) => o.group));
    expect([...groups].sort()).toEqual(["anggota", "komisi", "pimpinan", "staf", "unit"]);
    expect(opts.filter((o) => o.group === "pimpinan")).toHaveLength(4);
    expect(opts.find((o) => o.key === "unit:Bagian Umum")).toBeTruthy();
  });

  it("goes to several recipients at once, is confirmed, passed down, reported and closed until the letter is selesai", async () => {
    const { id } = await registerIncoming(
      staff,
      incomingInput({ subject: "Permohonan audiensi warga Gunung Samarinda" }),
    );
    const rootIds = await disposeLetter(staff, id, {
      fromLabel: "Ketua DPRD",
      recipients: [
        branch(`user:${staff2.id}`, ["pelajari", "siapkan_jawaban"]),
        branch(`komisi:${komisiId}`),
        branch("unit:Bagian Umum", ["arsipkan"]),
      ],
    });
    expect(rootIds).toHaveLength(3);
    let [letter] = await db.select().from(incomingLetters).where(eq(incomingLetters.id, id));
    expect(letter.status).toBe("didisposisikan");

    // Every person behind each recipient is e-mailed through the outbox, in the same transaction.
    const mails = await db
      .select()
      .from(outboxMessages)
      .where(and(eq(outboxMessages.relatedType, "incoming_letter"), eq(outboxMessages.relatedId, id)));
    const recipients = mails.map((m) => m.recipient);
    expect(recipients).toContain(staff2.email);
    expect(recipients).toContain(komisiMember.email);
    expect(recipients).toContain(staff.email); // Bagian Umum
    expect(mails.every((m) => m.channel === "email" && m.body.includes("Gunung Samarinda"))).toBe(true);

    // In-app: the recipient's inbox and the badge count.
    expect(await countNewDisposisi(staff2)).toBeGreaterThanOrEqual(1);
    const inbox = await listMyDisposisi(staff2, { tab: "baru" });
    expect(inbox.items.map((i) => i.letterId)).toContain(id);

    const [toStaff2, toKomisi, toUnit] = rootIds;
    // Reporting needs a confirmed receipt first; someone else's branch is not found.
    await expect(reportDisposisi(staff2, toStaff2, { note: "sudah", close: "on" })).rejects.toMatchObject({
      code: "conflict",
    });
    await expect(receiveDisposisi(otherMember, toKomisi)).rejects.toMatchObject({ status: 404 });
    await expect(receiveDisposisi(admin, toStaff2)).rejects.toMatchObject({ status: 404 });

    const t0 = Date.now();
    expect(await receiveDisposisi(staff2, toStaff2)).toEqual({ alreadyReceived: false });
    expect(await receiveDisposisi(staff2, toStaff2)).toEqual({ alreadyReceived: true });
    const [received] = await db.select().from(disposisi).where(eq(disposisi.id, toStaff2));
    expect(received.receivedBy).toBe(staff2.id);
    expect(received.receivedAt!.getTime()).toBeGreaterThanOrEqual(t0 - 1000);
    [letter] = await db.select().from(incomingLetters).where(eq(incomingLetters.id, id));
    expect(letter.status).toBe("ditindaklanjuti");

    // staff2 passes it down to a member, cannot close while that branch is open.
    const [child] = await forwardDisposisi(staff2, toStaff2, {
      recipients: [branch(`user:${otherMember.id}`, ["hadiri_wakili"])],
    });
    await expect(reportDisposisi(staff2, toStaff2, { note: "Sudah disiapkan", close: "on" })).rejects.toMatchObject({
      fieldErrors: { close: [expect.stringMatching(/belum selesai/)] },
    });
    await receiveDisposisi(otherMember, child);
    await reportDisposisi(otherMember, child, { note: "Sudah menghadiri rapat", close: "on" });
    expect((await reportDisposisi(staff2, toStaff2, { note: "Jawaban sudah disiapkan", close: "on" })).closed).toBe(
      true,
    );

    // A komisi is one branch: any of its members confirms and closes it for the komisi.
    await receiveDisposisi(komisiMember, toKomisi);
    await reportDisposisi(komisiMember, toKomisi, { note: "Dibahas dalam rapat komisi", close: "" });
    expect((await branchesOf(id)).find((b) => b.id === toKomisi)!.status).toBe("ditindaklanjuti");
    await reportDisposisi(komisiMember, toKomisi, { note: "Rapat komisi selesai", close: "on" });

    await receiveDisposisi(staff, toUnit);
    const last = await reportDisposisi(staff, toUnit, { note: "Diarsipkan", close: "on" });
    expect(last.letterStatus).toBe("selesai");
    [letter] = await db.select().from(incomingLetters).where(eq(incomingLetters.id, id));
    expect(letter.status).toBe("selesai");
    await expect(reportDisposisi(staff, toUnit, { note: "lagi", close: "on" })).rejects.toMatchObject({
      code: "conflict",
    });

    // The registrar hears that the letter is done; every step is in the audit log.
    const done = await db
      .select()
      .from(outboxMessages)
      .where(and(eq(outboxMessages.relatedId, id), like(outboxMessages.subject, "%selesai%")));
    expect(done.map((m) => m.recipient)).toEqual([staff.email]);
    const actions = (
      await db
        .select({ action: auditLog.action })
        .from(auditLog)
        .where(
          sql`${auditLog.entityId} in (${sql.join(
            [id, ...rootIds, child].map((x) => sql`${x}`),
            sql`, `,
          )})`,
        )
    ).map((a) => a.action);
    for (const a of [
      "letter.incoming.register",
      "letter.disposisi.create",
      "letter.disposisi.forward",
      "letter.disposisi.receive",
      "letter.disposisi.report",
      "letter.disposisi.close",
    ])
      expect(actions).toContain(a);

    // The tree: three roots, the member's branch under staff2's.
    const detail = await getIncoming(staff, id);
    expect(detail.branches.filter((b) => b.parentId === null)).toHaveLength(3);
    expect(detail.branches.find((b) => b.id === child)!.parentId).toBe(toStaff2);

    await archiveIncoming(staff, id);
    await expect(disposeLetter(staff, id, { recipients: [branch(`user:${staff2.id}`)] })).rejects.toMatchObject({
      code: "conflict",
    });
  });

  it("flags overdue branches with the working days they are late", async () => {
    const { id } = await registerIncoming(staff, incomingInput());
    const [b] = await disposeLetter(staff, id, { recipients: [branch(`user:${staff2.id}`)] });
    await db
      .update(disposisi)
      .set({ dueOn: daysAgo(10) })
      .where(eq(disposisi.id, b));
    const detail = await getIncoming(staff, id);
    const node = detail.branches.find((x) => x.id === b)!;
    expect(node.overdue).toBe(true);
    expect(node.overdueDays).toBeGreaterThanOrEqual(5);
    const inbox = await listMyDisposisi(staff2, { tab: "terbuka" });
    expect(inbox.items.find((i) => i.branchId === b)!.overdue).toBe(true);
    const list = await listIncoming(staff, {});
    expect(list.items.find((i) => i.id === id)!.overdue).toBe(true);
    expect(list.items.filter((i) => i.id !== id).every((i) => !i.overdue)).toBe(true);
  });

  it("keeps a rahasia subject out of the e-mail", async () => {
    const { id } = await registerIncoming(
      staff,
      incomingInput({ nature: "rahasia", subject: "Laporan pemeriksaan internal yang sangat rahasia" }),
    );
    await disposeLetter(staff, id, { recipients: [branch(`user:${ketua.id}`)] });
    const mails = await db.select().from(outboxMessages).where(eq(outboxMessages.relatedId, id));
    expect(mails.length).toBe(1);
    expect(`${mails[0].subject} ${mails[0].body}`).not.toContain("pemeriksaan internal");
    expect(mails[0].body).toContain("RAHASIA");
    expect(mails[0].body).toContain("/portal/disposisi/");
  });

  it("refuses unknown recipients, empty instructions, past due dates and duplicates with field errors", async () => {
    const { id } = await registerIncoming(staff, incomingInput());
    const bad = async (recipients: unknown) =>
      (await disposeLetter(staff, id, { recipients }).catch((e) => e)).fieldErrors;
    expect(await bad([])).toMatchObject({ recipients: [expect.stringMatching(/minimal satu penerima/)] });
    expect(await bad([{ key: "unit:Bagian Fiktif", instructions: ["pelajari"] }])).toMatchObject({
      "recipients.0.key": [expect.stringMatching(/tidak ditemukan/)],
    });
    expect(await bad([{ key: `user:${staff2.id}`, instructions: [] }])).toMatchObject({
      "recipients.0.instructions": [expect.stringMatching(/minimal satu instruksi/)],
    });
    expect(await bad([{ key: `user:${staff2.id}`, instructions: ["pelajari"], dueOn: daysAgo(2) }])).toMatchObject({
      "recipients.0.dueOn": [expect.stringMatching(/sebelum hari ini/)],
    });
    expect(await bad([branch(`user:${staff2.id}`), branch(`user:${staff2.id}`)])).toMatchObject({
      recipients: [expect.stringMatching(/lebih dari sekali/)],
    });
    expect(await bad([{ key: "<script>alert(1)</script>", instructions: ["hapus_semua"] }])).toBeTruthy();
    expect(await branchesOf(id)).toHaveLength(0);
  });
});
