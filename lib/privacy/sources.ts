import { and, eq, gte, inArray, isNotNull, lt, or, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { aspirationCategories, aspirations, kelurahan } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { normalizeContact, type ContactKey } from "./contact";

/** One record holding a person's data, as shown to them or exported by staff. */
export interface PersonalRecord {
  source: string;
  trackingCode: string;
  createdAt: Date;
  status: string;
  title: string;
  name: string | null;
  email: string | null;
  phone: string | null;
  details: Record<string, unknown>;
}

/** A record created in a period, with the contact it holds now (erased contacts are null). */
export interface CreatedRecord {
  trackingCode: string;
  email: string | null;
  phone: string | null;
  anonymous: boolean;
}

/**
 * Each service that stores citizens' contact details registers a source here, so a data request,
 * an export, a correction, an erasure and the retention job cover all of it.
 */
export interface PersonalDataSource {
  name: string;
  label: string;
  /** The contact on the record with this tracking code (null when unknown; empty when it has none). */
  contactByCode(db: Db, code: string): Promise<ContactKey | null>;
  findByContact(db: Db, contact: ContactKey): Promise<PersonalRecord[]>;
  correct(
    db: Db,
    contact: ContactKey,
    next: { name?: string | null; email?: string | null; phone?: string | null },
  ): Promise<number>;
  erase(db: Db, contact: ContactKey): Promise<number>;
  /** Anonymise contacts of records closed before the cutoff; returns how many. */
  retention(db: Db, cutoff: Date): Promise<number>;
  /** Records created in [since, until) with their contact, for a breach notice (anonymous ones flagged). */
  createdBetween(db: Db, since: Date, until: Date): Promise<CreatedRecord[]>;
  retentionDaysEnv: string;
  retentionDaysDefault: number;
}

/** SQL: this email/phone column pair matches the person (normalised like lib/privacy/contact). */
export function contactMatch(emailCol: AnyPgColumn, phoneCol: AnyPgColumn, contact: ContactKey): SQL {
  const c = normalizeContact(contact);
  const parts: SQL[] = [];
  if (c.email) parts.push(sql`lower(trim(${emailCol})) = ${c.email}`);
  if (c.phone) parts.push(sql`regexp_replace(regexp_replace(${phoneCol}, '\\D', '', 'g'), '^0', '62') = ${c.phone}`);
  return parts.length ? (or(...parts) as SQL) : sql`false`;
}

const CLOSED = ["selesai", "ditolak", "dialihkan", "digabung"] as const;

export const aspirationSource: PersonalDataSource = {
  name: "aspirasi",
  label: "Aspirasi (SIAP)",
  retentionDaysEnv: "RETENTION_ASPIRATION_CONTACT_DAYS",
  retentionDaysDefault: 365,
  async contactByCode(db, code) {
    const [row] = await db
      .select({ email: aspirations.reporterEmail, phone: aspirations.reporterPhone })
      .from(aspirations)
      .where(eq(aspirations.trackingCode, code))
      .limit(1);
    return row ?? null;
  },
  async findByContact(db, contact) {
    const rows = await db
      .select({
        trackingCode: aspirations.trackingCode,
        createdAt: aspirations.createdAt,
        status: aspirations.status,
        title: aspirations.title,
        body: aspirations.body,
        name: aspirations.reporterName,
        email: aspirations.reporterEmail,
        phone: aspirations.reporterPhone,
        channel: aspirations.channel,
        address: aspirations.address,
        category: aspirationCategories.name,
        kelurahan: kelurahan.name,
        consentAt: aspirations.consentAt,
        confidential: aspirations.isConfidential,
      })
      .from(aspirations)
      .innerJoin(aspirationCategories, eq(aspirationCategories.id, aspirations.categoryId))
      .leftJoin(kelurahan, eq(kelurahan.id, aspirations.kelurahanId))
      .where(contactMatch(aspirations.reporterEmail, aspirations.reporterPhone, contact))
      .orderBy(aspirations.createdAt);
    return rows.map((r) => ({
      source: "aspirasi",
      trackingCode: r.trackingCode,
      createdAt: r.createdAt,
      status: r.status,
      title: r.title,
      name: r.name,
      email: r.email,
      phone: r.phone,
      details: {
        isi: r.body,
        kanal: r.channel,
        kategori: r.category,
        kelurahan: r.kelurahan,
        alamat: r.address,
        persetujuan: r.consentAt,
        rahasia: r.confidential,
      },
    }));
  },
  async correct(db, contact, next) {
    const set: Partial<typeof aspirations.$inferInsert> = { updatedAt: new Date() };
    if (next.name !== undefined) set.reporterName = next.name;
    if (next.email !== undefined) set.reporterEmail = next.email;
    if (next.phone !== undefined) set.reporterPhone = next.phone;
    const rows = await db
      .update(aspirations)
      .set(set)
      .where(contactMatch(aspirations.reporterEmail, aspirations.reporterPhone, contact))
      .returning({ id: aspirations.id });
    return rows.length;
  },
  async erase(db, contact) {
    const rows = await db
      .update(aspirations)
      .set({ reporterName: null, reporterEmail: null, reporterPhone: null, updatedAt: new Date() })
      .where(contactMatch(aspirations.reporterEmail, aspirations.reporterPhone, contact))
      .returning({ id: aspirations.id });
    return rows.length;
  },
  async retention(db, cutoff) {
    const rows = await db
      .update(aspirations)
      .set({ reporterName: null, reporterEmail: null, reporterPhone: null })
      .where(
        and(
          inArray(aspirations.status, [...CLOSED]),
          sql`coalesce(${aspirations.closedAt}, ${aspirations.updatedAt}) < ${cutoff.toISOString()}::timestamptz`,
          or(
            isNotNull(aspirations.reporterName),
            isNotNull(aspirations.reporterEmail),
            isNotNull(aspirations.reporterPhone),
          ),
        ),
      )
      .returning({ id: aspirations.id });
    return rows.length;
  },
  async createdBetween(db, since, until) {
    return db
      .select({
        trackingCode: aspirations.trackingCode,
        email: aspirations.reporterEmail,
        phone: aspirations.reporterPhone,
        anonymous: aspirations.isAnonymous,
      })
      .from(aspirations)
      .where(and(gte(aspirations.createdAt, since), lt(aspirations.createdAt, until)))
      .orderBy(aspirations.createdAt);
  },
};
