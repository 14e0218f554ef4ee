import { and, eq, gte, inArray, isNotNull, lt, or, sql } from "drizzle-orm";
import { kelurahan, pokirProposals, pokirVersions } from "@/lib/db/schema";
import { contactMatch, type PersonalDataSource } from "./sources";

const CLOSED = ["diakomodir", "tidak_diakomodir", "ditolak", "digabung"] as const;
const ERASED_NAME = "[dihapus]";
const hasContact = or(
  isNotNull(pokirProposals.proposerEmail),
  isNotNull(pokirProposals.proposerPhone),
  sql`${pokirProposals.proposerName} <> ${ERASED_NAME}`,
);

/** Remove the proposer fields from the stored correction versions of these proposals. */
async function scrubVersions(db: Parameters<PersonalDataSource["erase"]>[0], ids: string[]) {
  if (ids.length === 0) return;
  await db
    .update(pokirVersions)
    .set({ data: sql`${pokirVersions.data} - 'proposerName' - 'proposerPhone' - 'proposerEmail' - 'proposerGroup'` })
    .where(inArray(pokirVersions.proposalId, ids));
}

/** Citizens' pokir proposals (e-Pokir): the proposer's name, group and contact. */
export const pokirSource: PersonalDataSource = {
  name: "pokir",
  label: "Usulan pokir (e-Pokir)",
  retentionDaysEnv: "RETENTION_POKIR_CONTACT_DAYS",
  retentionDaysDefault: 730,
  async contactByCode(db, code) {
    const [row] = await db
      .select({ email: pokirProposals.proposerEmail, phone: pokirProposals.proposerPhone })
      .from(pokirProposals)
      .where(eq(pokirProposals.trackingCode, code))
      .limit(1);
    return row ?? null;
  },
  async findByContact(db, contact) {
    const rows = await db
      .select({
        trackingCode: pokirProposals.trackingCode,
        createdAt: pokirProposals.createdAt,
        status: pokirProposals.status,
        title: pokirProposals.title,
        name: pokirProposals.proposerName,
        group: pokirProposals.proposerGroup,
        email: pokirProposals.proposerEmail,
        phone: pokirProposals.proposerPhone,
        address: pokirProposals.address,
        rt: pokirProposals.rt,
        kelurahan: kelurahan.name,
        consentAt: pokirProposals.consentAt,
      })
      .from(pokirProposals)
      .leftJoin(kelurahan, eq(kelurahan.id, pokirProposals.kelurahanId))
      .where(contactMatch(pokirProposals.proposerEmail, pokirProposals.proposerPhone, contact))
      .orderBy(pokirProposals.createdAt);
    return rows.map((r) => ({
      source: "pokir",
      trackingCode: r.trackingCode,
      createdAt: r.createdAt,
      status: r.status,
      title: r.title,
      name: r.name,
      email: r.email,
      phone: r.phone,
      details: { kelompok: r.group, alamat: r.address, rt: r.rt, kelurahan: r.kelurahan, persetujuan: r.consentAt },
    }));
  },
  async correct(db, contact, next) {
    const set: Partial<typeof pokirProposals.$inferInsert> = { updatedAt: new Date() };
    if (next.name) set.proposerName = next.name;
    if (next.email !== undefined) set.proposerEmail = next.email;
    if (next.phone !== undefined) set.proposerPhone = next.phone;
    const rows = await db
      .update(pokirProposals)
      .set(set)
      .where(contactMatch(pokirProposals.proposerEmail, pokirProposals.proposerPhone, contact))
      .returning({ id: pokirProposals.id });
    return rows.length;
  },
  async erase(db, contact) {
    const rows = await db
      .update(pokirProposals)
      .set({
        proposerName: ERASED_NAME,
        proposerGroup: null,
        proposerEmail: null,
        proposerPhone: null,
        correctionTokenHash: null,
        updatedAt: new Date(),
      })
      .where(contactMatch(pokirProposals.proposerEmail, pokirProposals.proposerPhone, contact))
      .returning({ id: pokirProposals.id });
    await scrubVersions(
      db,
      rows.map((r) => r.id),
    );
    return rows.length;
  },
  async retention(db, cutoff) {
    const rows = await db
      .update(pokirProposals)
      .set({
        proposerName: ERASED_NAME,
        proposerGroup: null,
        proposerEmail: null,
        proposerPhone: null,
        correctionTokenHash: null,
      })
      .where(
        and(
          inArray(pokirProposals.status, [...CLOSED]),
          sql`coalesce(${pokirProposals.outcomeAt}, ${pokirProposals.updatedAt}) < ${cutoff.toISOString()}::timestamptz`,
          eq(pokirProposals.source, "citizen"),
          hasContact,
        ),
      )
      .returning({ id: pokirProposals.id });
    await scrubVersions(
      db,
      rows.map((r) => r.id),
    );
    return rows.length;
  },
  async createdBetween(db, since, until) {
    const rows = await db
      .select({
        trackingCode: pokirProposals.trackingCode,
        email: pokirProposals.proposerEmail,
        phone: pokirProposals.proposerPhone,
      })
      .from(pokirProposals)
      .where(and(gte(pokirProposals.createdAt, since), lt(pokirProposals.createdAt, until)))
      .orderBy(pokirProposals.createdAt);
    // A pokir proposer always gives a name; there is no anonymous proposal.
    return rows.map((r) => ({ ...r, anonymous: false }));
  },
};
