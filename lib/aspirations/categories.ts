import { asc, eq } from "drizzle-orm";
import { writeAudit } from "@/lib/audit/service";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { aspirationCategories } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { errors } from "@/lib/errors";
import { slugify } from "@/lib/db/seed/reference";
import { parseInput } from "@/lib/validation";
import { clearReferenceCache } from "./common";
import { categorySchema } from "./schema";

/** All categories for the admin page. */
export async function listCategories(db: Db, actor: Actor | null) {
  await requirePermission(actor, "aspiration.categories.manage", db);
  return db.select().from(aspirationCategories).orderBy(asc(aspirationCategories.sortOrder), asc(aspirationCategories.name));
}

/** Add (id undefined) or change a category; categories are never deleted (old aspirations keep theirs), only deactivated. */
export async function saveCategory(db: Db, actor: Actor | null, id: number | undefined, input: unknown): Promise<void> {
  const me = await requirePermission(actor, "aspiration.categories.manage", db);
  const v = parseInput(categorySchema, input);
  await db.transaction(async (tx) => {
    const [dupe] = await tx.select({ id: aspirationCategories.id }).from(aspirationCategories).where(eq(aspirationCategories.name, v.name));
    if (dupe && dupe.id !== id) throw errors.validation({ name: ["Nama kategori sudah dipakai."] });
    if (id === undefined) {
      const slug = slugify(v.name) || `kategori-${Date.now()}`;
      await tx.insert(aspirationCategories).values({ slug, name: v.name, sortOrder: v.sortOrder, isActive: true });
    } else {
      const rows = await tx.update(aspirationCategories).set({ name: v.name, sortOrder: v.sortOrder, isActive: v.isActive }).where(eq(aspirationCategories.id, id)).returning({ id: aspirationCategories.id });
      if (!rows[0]) throw errors.notFound("Kategori");
    }
    clearReferenceCache();
    await writeAudit(tx, { actor: me, action: id === undefined ? "aspiration.category.add" : "aspiration.category.update", entityType: "aspiration_category", entityId: id, detail: v });
  });
}
