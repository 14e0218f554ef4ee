import { randomBytes } from "node:crypto";
import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { db, getDbHandle } from "@/lib/db";
import { openPostgres } from "@/lib/db/open";
import type { DbHandle } from "@/lib/db/types";
import { outboxMessages } from "@/lib/db/schema";
import { runRowStatement } from "@/lib/db/statement";

const tag = randomBytes(4).toString("hex");
const message = (n: number, extra: Partial<typeof outboxMessages.$inferInsert> = {}) => ({
  channel: "email" as const,
  recipient: `uji-${tag}-${n}@contoh.id`,
  subject: `Subjek ${n}`,
  body: `Isi pesan ${n}`,
  ...extra,
});

describe("runRowStatement: text built once per shape, values bound per call", () => {
  const insert = (rows: { m: ReturnType<typeof message>[] }) =>
    runRowStatement(
      db,
      "test.outbox",
      rows,
      (p) => sql`with o as (${db.insert(outboxMessages).values(p.m).getSQL()}) select 1`,
    );
  const stored = async (n: number) =>
    (
      await db
        .select({ subject: outboxMessages.subject, body: outboxMessages.body, status: outboxMessages.status })
        .from(outboxMessages)
        .where(eq(outboxMessages.recipient, message(n).recipient))
    )[0];

  it("each call stores its own values, with the same text", async () => {
    await insert({ m: [message(1)] });
    await insert({ m: [message(2)] });
    expect(await stored(1)).toEqual({ subject: "Subjek 1", body: "Isi pesan 1", status: "pending" });
    expect(await stored(2)).toEqual({ subject: "Subjek 2", body: "Isi pesan 2", status: "pending" });
  });

  it("another shape (more rows, a key set or left unset) gets a text of its own", async () => {
    await insert({ m: [message(3, { status: "sent" }), message(4)] });
    await insert({ m: [message(5, { subject: undefined })] });
    // A null is written into the text (an array column cannot bind one through drizzle's encoder).
    await insert({ m: [message(6, { subject: null, fileIds: null })] });
    await insert({ m: [message(7, { fileIds: ["11111111-1111-4111-8111-111111111111"] })] });
    expect((await stored(3)).status).toBe("sent");
    expect(await stored(4)).toEqual({ subject: "Subjek 4", body: "Isi pesan 4", status: "pending" });
    // Unset is the column's default (null here), not the previous call's value.
    expect(await stored(5)).toEqual({ subject: null, body: "Isi pesan 5", status: "pending" });
    expect(await stored(6)).toEqual({ subject: null, body: "Isi pesan 6", status: "pending" });
    expect(await stored(7)).toEqual({ subject: "Subjek 7", body: "Isi pesan 7", status: "pending" });
  });

  afterAll(async () => {
    await db.delete(outboxMessages).where(
      inArray(
        outboxMessages.recipient,
        [1, 2, 3, 4, 5, 6, 7].map((n) => message(n).recipient),
      ),
    );
  });
});

const onPostgres = inject("dbTemplate").kind === "postgres";

// drizzle asks postgres.js for unnamed statements, which cost a second round trip (Parse and Describe,
// then Bind and Execute) and a fresh parse on every call; lib/db/open.ts makes them prepared statements.
describe.skipIf(!onPostgres)("PostgreSQL: drizzle's queries are prepared statements, planned per call", () => {
  // One connection of its own, so the view below shows the statements this pool prepared.
  let one: DbHandle | undefined;
  beforeAll(() => {
    one = openPostgres(getDbHandle().url!, 1);
  });
  afterAll(async () => {
    await one?.close();
  });

  const preparedLike = async (fragment: string) =>
    (
      (await one!.db.execute(
        sql`select count(*)::int as n from pg_prepared_statements where statement like ${`%${fragment}%`} and statement not like '%pg_prepared_statements%'`,
      )) as unknown as { n: number }[]
    )[0].n;

  it("a parameterised query, in and out of a transaction, is prepared on its connection", async () => {
    const recipient = `siapa-${tag}@contoh.id`;
    await one!.db.select().from(outboxMessages).where(eq(outboxMessages.recipient, recipient));
    await one!.db.transaction(async (tx) => {
      await tx.select({ id: outboxMessages.id }).from(outboxMessages).where(eq(outboxMessages.body, recipient));
      await tx.transaction(async (inner) => {
        await inner
          .select({ s: outboxMessages.status })
          .from(outboxMessages)
          .where(eq(outboxMessages.subject, recipient));
      });
    });
    expect(await preparedLike('where "outbox_messages"."recipient" = $1')).toBe(1);
    expect(await preparedLike('where "outbox_messages"."body" = $1')).toBe(1);
    expect(await preparedLike('where "outbox_messages"."subject" = $1')).toBe(1);
  });

  it("plans stay custom per call, as unnamed statements were", async () => {
    const [row] = (await one!.db.execute(sql`show plan_cache_mode`)) as unknown as { plan_cache_mode: string }[];
    expect(row.plan_cache_mode).toBe("force_custom_plan");
  });
});
