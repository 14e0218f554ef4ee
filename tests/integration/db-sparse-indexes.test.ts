import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { execRows } from "@/lib/inbox/sql";

/**
 * Columns that a new public submission leaves NULL (routing, merging, the channel's message id, the actor of
 * the audit entry) are indexed only where set, so a submission writes no entry into those indexes. Every
 * query on them asks for a value, and these tests hold that the planner still uses them for it.
 */
const UUID = "'00000000-0000-4000-8000-000000000000'";
const SPARSE: { index: string; table: string; column: string; value: string }[] = [
  { index: "aspirations_komisi_created_idx", table: "aspirations", column: "routed_komisi_id", value: "1" },
  { index: "aspirations_komisi_verified_idx", table: "aspirations", column: "routed_komisi_id", value: "1" },
  { index: "aspirations_merged_idx", table: "aspirations", column: "merged_into_id", value: UUID },
  { index: "aspirations_source_ref_idx", table: "aspirations", column: "source_ref", value: "'wa:x'" },
  { index: "audit_log_actor_idx", table: "audit_log", column: "actor_id", value: UUID },
  { index: "pokir_reses_idx", table: "pokir_proposals", column: "reses_id", value: UUID },
  { index: "pokir_aspiration_idx", table: "pokir_proposals", column: "aspiration_id", value: UUID },
  { index: "pokir_merged_idx", table: "pokir_proposals", column: "merged_into_id", value: UUID },
];

describe("indexes of columns a submission leaves empty", () => {
  it("hold only the rows where the column is set", async () => {
    const rows = await execRows<{ name: string; predicate: string | null; is_unique: boolean }>(
      sql`select c.relname as name, pg_get_expr(i.indpred, i.indrelid) as predicate, i.indisunique as is_unique
          from pg_index i join pg_class c on c.oid = i.indexrelid
          where c.relname in (${sql.join(
            SPARSE.map((s) => sql`${s.index}`),
            sql`, `,
          )})`,
    );
    const byName = Object.fromEntries(rows.map((r) => [r.name, r]));
    for (const s of SPARSE) expect(byName[s.index]?.predicate, s.index).toBe(`(${s.column} IS NOT NULL)`);
    // A redelivered message is still refused by the database, not only by the look-up before the insert.
    expect(byName.aspirations_source_ref_idx.is_unique).toBe(true);
  });

  it("are still used by the look-ups by value", async () => {
    for (const s of SPARSE) {
      const plan = await db.transaction(async (tx) => {
        // Small test tables would be scanned whole; this asks whether the index can answer at all.
        await tx.execute(sql`set local enable_seqscan = off`);
        await tx.execute(sql`set local enable_bitmapscan = off`);
        const lines = await execRows<{ "QUERY PLAN": string }>(
          sql.raw(`explain select 1 from ${s.table} where ${s.column} = ${s.value}`),
          tx,
        );
        return lines.map((l) => l["QUERY PLAN"]).join("\n");
      });
      // The planner may pick another index with the same leading column (komisi); any index answers.
      expect(plan, s.index).toMatch(new RegExp(`Index (Only )?Scan using \\w+ on ${s.table}`));
      expect(plan, s.index).not.toContain("Seq Scan");
    }
  });
});
