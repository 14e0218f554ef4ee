import "server-only";
import { asc, eq } from "drizzle-orm";
import { writeAudit } from "@/lib/audit/service";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { aspirationCategories } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { errors } from "@/lib/errors";
import { slugify } from "@/lib/seed/reference";
import { parseInput } from "@/lib/validation";
import { clearReferenceCache } from "./lookups";
import { categorySchema } from "./schema";

/** All categories for the admin page. */
export async function listCategories(actor: Actor | null, tx: Db = db) {
  await requirePermission(actor, "aspiration.categories.manage", tx);
  return tx
    .select()
    .from(aspirationCategories)
    .orderBy(asc(aspirationCategories.sortOrder), asc(aspirationCategories.name));
}

/** Add (id undefined) or change a category; categories are never deleted (old aspirations keep theirs), only deactivated. */
export async function saveCategory(
  actor: Actor | null,
  id: number | undefined,
  input: unknown,
  tx: Db = db,
): Promise<void> {
  const me = await requirePermission(actor, "aspiration.categories.manage", tx);
  const v = parseInput(categorySchema, input);
  await tx.transaction(async (tx) => {
    const [dupe] = await tx
      .select({ id: aspirationCategories.id })
      .from(aspirationCategories)
      .where(eq(aspirationCategories.name, v.name));
    if (dupe && dupe.id !== id) throw errors.validation({ name: ["Nama kategori sudah dipakai."] });
    if (id === undefined) {
      const slug = slugify(v.name) || `kategori-${Date.now()}`;
      await tx.insert(aspirationCategories).values({ slug, name: v.name, sortOrder: v.sortOrder, isActive: true });
    } else {
      const rows = await tx
        .update(aspirationCategories)
        .set({ name: v.name, sortOrder: v.sortOrder, isActive: v.isActive })
        .where(eq(aspirationCategories.id, id))
        .returning({ id: aspirationCategories.id });
      if (!rows[0]) throw errors.notFound("Kategori");
    }
    clearReferenceCache();
    await writeAudit(
      {
        actor: me,
        action: id === undefined ? "aspiration.category.add" : "aspiration.category.update",
        entityType: "aspiration_category",
        entityId: id,
        detail: v,
      },
      tx,
    );
  });
}
