import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { outboxMessages } from "@/lib/db/schema";
import { backoffSeconds, claimDueMessages, enqueueMessage, notifyContact } from "@/lib/outbox/service";
import type { Transport } from "@/lib/outbox/transports";
import { toWhatsAppNumber } from "@/lib/outbox/transports";
import { deliverBatch } from "@/lib/outbox/worker";

function recorder(channel: "email" | "whatsapp", failWith?: string): Transport & { sent: string[] } {
  const sent: string[] = [];
  return {
    channel,
    sent,
    async send(msg) {
      if (failWith) throw new Error(failWith);
      sent.push(msg.recipient);
    },
  };
}

describe("outbox", () => {
  it("is written in the caller's transaction: a rolled-back change leaves no message", async () => {
    await db
      .transaction(async (tx) => {
        await enqueueMessage({ channel: "email", recipient: "batal@contoh.id", body: "x" }, tx);
        throw new Error("rollback");
      })
      .catch(() => {});
    expect(await db.select().from(outboxMessages).where(eq(outboxMessages.recipient, "batal@contoh.id"))).toHaveLength(
      0,
    );
  });

  it("delivers each message once, keeps unconfigured channels queued, and retries failures with backoff", async () => {
    await notifyContact(
      { email: "warga@contoh.id", phone: "0812-3456-7890" },
      { subject: "Kode lacak", body: "ASP-2345-6789" },
    );
    const email = recorder("email");
    const r1 = await deliverBatch([email]);
    expect(r1.sent).toBeGreaterThanOrEqual(1);
    expect(email.sent).toContain("warga@contoh.id");
    const again = await deliverBatch([email]);
    expect(again.sent).toBe(0);
    const [wa] = await db.select().from(outboxMessages).where(eq(outboxMessages.recipient, "0812-3456-7890"));
    expect(wa.status).toBe("pending");

    const broken = recorder("whatsapp", "API WhatsApp tidak tersedia");
    expect(await deliverBatch([broken])).toEqual({ sent: 0, failed: 1 });
    const [after] = await db.select().from(outboxMessages).where(eq(outboxMessages.id, wa.id));
    expect(after).toMatchObject({ status: "pending", attempts: 1, lastError: "API WhatsApp tidak tersedia" });
    expect(after.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 30_000);
    expect(await deliverBatch([recorder("whatsapp")])).toEqual({ sent: 0, failed: 0 }); // not due yet

    await db
      .update(outboxMessages)
      .set({ nextAttemptAt: sql`now() - interval '1 second'` })
      .where(eq(outboxMessages.id, wa.id));
    const ok = recorder("whatsapp");
    expect(await deliverBatch([ok])).toEqual({ sent: 1, failed: 0 });
    expect(ok.sent).toEqual(["0812-3456-7890"]);
  });

  it("lets concurrent claimers share the queue without overlap", async () => {
    for (let i = 0; i < 30; i++)
      await enqueueMessage({ channel: "email", recipient: `massal${i}@contoh.id`, body: "x" });
    const [a, b, c] = await Promise.all([
      claimDueMessages(["email"], 12),
      claimDueMessages(["email"], 12),
      claimDueMessages(["email"], 12),
    ]);
    const ids = [...a, ...b, ...c].map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(30);
  });

  it("backs off exponentially up to six hours and formats WhatsApp numbers", () => {
    expect([1, 2, 3, 10, 20].map(backoffSeconds)).toEqual([60, 120, 240, 21600, 21600]);
    expect(toWhatsAppNumber("0812-3456-7890")).toBe("6281234567890");
    expect(toWhatsAppNumber("+62 812 3456 7890")).toBe("6281234567890");
  });
});
