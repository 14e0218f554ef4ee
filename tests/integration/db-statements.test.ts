import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { getDbHandle } from "@/lib/db";
import { openPostgres } from "@/lib/db/open";
import type { DbHandle } from "@/lib/db/types";
import { outboxMessages } from "@/lib/db/schema";

const tag = randomBytes(4).toString("hex");
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
