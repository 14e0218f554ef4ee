import "server-only";
import { and, asc, eq, gte, ne } from "drizzle-orm";
import { writeAudit } from "@/lib/audit/service";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import {
  dapil,
  dapilKecamatan,
  electionPeriods,
  fraksi,
  holidays,
  kecamatan,
  kelurahan,
  komisi,
  pokirBidang,
  pokirOpd,
} from "@/lib/db/schema";
import { slugify } from "@/lib/seed/reference";
import { db, type Db } from "@/lib/db";
import { errors } from "@/lib/errors";
import {
  bidangSchema,
  dapilSchema,
  fraksiSchema,
  opdSchema,
  holidaySchema,
  kelurahanSchema,
  komisiSchema,
  periodSchema,
  renameSchema,
} from "./schema";
import { parseInput } from "@/lib/validation";

/** Everything the reference-data pages show. */
export async function referenceOverview(actor: Actor | null, tx: Db = db) {
  await requirePermission(actor, "reference.read", tx);
  const [periods, dapilRows, links, kec, kel, kom, fr, hol, opd, bidang] = await Promise.all([
    tx.select().from(electionPeriods).orderBy(asc(electionPeriods.startsOn)),
    tx.select().from(dapil).orderBy(asc(dapil.periodId), asc(dapil.number)),
    tx.select().from(dapilKecamatan),
    tx.select().from(kecamatan).orderBy(asc(kecamatan.code)),
    tx.select().from(kelurahan).orderBy(asc(kelurahan.name)),
    tx.select().from(komisi).orderBy(asc(komisi.id)),
    tx.select().from(fraksi).orderBy(asc(fraksi.id)),
    tx
      .select()
      .from(holidays)
      .where(gte(holidays.date, `${new Date().getFullYear() - 1}-01-01`))
      .orderBy(asc(holidays.date)),
    tx.select().from(pokirOpd).orderBy(asc(pokirOpd.name)),
    tx.select().from(pokirBidang).orderBy(asc(pokirBidang.code)),
  ]);
  return {
    periods,
    dapil: dapilRows.map((d) => ({
      ...d,
      kecamatanIds: links.filter((l) => l.dapilId === d.id).map((l) => l.kecamatanId),
    })),
    kecamatan: kec.map((k) => ({ ...k, kelurahan: kel.filter((l) => l.kecamatanId === k.id) })),
    komisi: kom,
    fraksi: fr,
    holidays: hol,
    opd,
    bidang,
  };
}

async function audited(
  db: Db,
  actor: Actor | null,
  action: string,
  entity: string,
  fn: (tx: Db, me: Actor) => Promise<string | number>,
) {
  const me = await requirePermission(actor, "reference.manage", db);
  return db.transaction(async (tx) => {
    const id = await fn(tx, me);
    await writeAudit({ actor: me, action, entityType: entity, entityId: id }, tx);
    return id;
  });
}

async function assertUnique(exists: Promise<unknown[]>, field: string, message: string) {
  if ((await exists).length > 0) throw errors.validation({ [field]: [message] });
}

// Permission first (inside audited), then validation: a refused caller learns nothing about the rules.

/** Create (id undefined) or update a komisi. */
export async function saveKomisi(actor: Actor | null, id: number | undefined, input: unknown, tx: Db = db) {
  return audited(tx, actor, id ? "reference.komisi.update" : "reference.komisi.create", "komisi", async (tx) => {
    const data = parseInput(komisiSchema, input);
    await assertUnique(
      tx
        .select({ id: komisi.id })
        .from(komisi)
        .where(and(eq(komisi.name, data.name), id ? ne(komisi.id, id) : undefined)),
      "name",
      "Nama komisi sudah ada.",
    );
    if (id) {
      const rows = await tx.update(komisi).set(data).where(eq(komisi.id, id)).returning({ id: komisi.id });
      if (!rows[0]) throw errors.notFound("Komisi");
      return id;
    }
    return (await tx.insert(komisi).values(data).returning({ id: komisi.id }))[0].id;
  });
}

/** Create (id undefined) or update a fraksi. */
export async function saveFraksi(actor: Actor | null, id: number | undefined, input: unknown, tx: Db = db) {
  return audited(tx, actor, id ? "reference.fraksi.update" : "reference.fraksi.create", "fraksi", async (tx) => {
    const data = parseInput(fraksiSchema, input);
    await assertUnique(
      tx
        .select({ id: fraksi.id })
        .from(fraksi)
        .where(and(eq(fraksi.name, data.name), id ? ne(fraksi.id, id) : undefined)),
      "name",
      "Nama fraksi sudah ada.",
    );
    if (id) {
      const rows = await tx.update(fraksi).set(data).where(eq(fraksi.id, id)).returning({ id: fraksi.id });
      if (!rows[0]) throw errors.notFound("Fraksi");
      return id;
    }
    return (await tx.insert(fraksi).values(data).returning({ id: fraksi.id }))[0].id;
  });
}

/** Update a dapil's name, seats and kecamatan (a kecamatan belongs to one dapil per period). */
export async function saveDapil(actor: Actor | null, id: number, input: unknown, tx: Db = db) {
  return audited(tx, actor, "reference.dapil.update", "dapil", async (tx) => {
    const data = parseInput(dapilSchema, input);
    const [row] = await tx.select().from(dapil).where(eq(dapil.id, id));
    if (!row) throw errors.notFound("Dapil");
    const known = await tx.select({ id: kecamatan.id }).from(kecamatan);
    if (data.kecamatanIds.some((k) => !known.some((x) => x.id === k)))
      throw errors.validation({ kecamatanIds: ["Kecamatan tidak dikenal."] });
    const taken = await tx
      .select({ kecamatanId: dapilKecamatan.kecamatanId, dapil: dapil.name })
      .from(dapilKecamatan)
      .innerJoin(dapil, eq(dapil.id, dapilKecamatan.dapilId))
      .where(and(eq(dapil.periodId, row.periodId), ne(dapil.id, id)));
    const clash = taken.find((t) => data.kecamatanIds.includes(t.kecamatanId));
    if (clash)
      throw errors.validation({
        kecamatanIds: [`Salah satu kecamatan sudah termasuk ${clash.dapil} pada periode yang sama.`],
      });
    await tx.update(dapil).set({ name: data.name, seats: data.seats }).where(eq(dapil.id, id));
    await tx.delete(dapilKecamatan).where(eq(dapilKecamatan.dapilId, id));
    await tx.insert(dapilKecamatan).values(data.kecamatanIds.map((kecamatanId) => ({ dapilId: id, kecamatanId })));
    return id;
  });
}

/** Add a kelurahan to a kecamatan (boundaries change: new kelurahan are formed). */
export async function addKelurahan(actor: Actor | null, input: unknown, tx: Db = db) {
  return audited(tx, actor, "reference.kelurahan.create", "kelurahan", async (tx) => {
    const data = parseInput(kelurahanSchema, input);
    const [kec] = await tx.select().from(kecamatan).where(eq(kecamatan.id, data.kecamatanId));
    if (!kec) throw errors.validation({ kecamatanId: ["Kecamatan tidak dikenal."] });
    const slug = slugify(data.name);
    await assertUnique(
      tx.select({ id: kelurahan.id }).from(kelurahan).where(eq(kelurahan.slug, slug)),
      "name",
      "Kelurahan dengan nama ini sudah ada.",
    );
    return (
      await tx.insert(kelurahan).values({ kecamatanId: kec.id, name: data.name, slug }).returning({ id: kelurahan.id })
    )[0].id;
  });
}

/** Add a public holiday or cuti bersama. */
export async function addHoliday(actor: Actor | null, input: unknown, tx: Db = db) {
  return audited(tx, actor, "reference.holiday.create", "holiday", async (tx) => {
    const data = parseInput(holidaySchema, input);
    await assertUnique(
      tx.select({ d: holidays.date }).from(holidays).where(eq(holidays.date, data.date)),
      "date",
      "Tanggal ini sudah tercatat sebagai hari libur.",
    );
    await tx.insert(holidays).values(data);
    return data.date;
  });
}

/** Remove a holiday entered by mistake. */
export async function removeHoliday(actor: Actor | null, date: string, tx: Db = db) {
  return audited(tx, actor, "reference.holiday.delete", "holiday", async (tx) => {
    const rows = await tx
      .delete(holidays)
      .where(eq(holidays.date, /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : "0000-01-01"))
      .returning({ d: holidays.date });
    if (!rows[0]) throw errors.notFound("Hari libur");
    return date;
  });
}

/** Rename a kecamatan (names change with regional regulations); its code and links stay. */
export async function renameKecamatan(actor: Actor | null, id: number, input: unknown, tx: Db = db) {
  return audited(tx, actor, "reference.kecamatan.rename", "kecamatan", async (tx) => {
    const data = parseInput(renameSchema, input);
    await assertUnique(
      tx
        .select({ id: kecamatan.id })
        .from(kecamatan)
        .where(and(eq(kecamatan.name, data.name), ne(kecamatan.id, id))),
      "name",
      "Kecamatan dengan nama ini sudah ada.",
    );
    const rows = await tx
      .update(kecamatan)
      .set({ name: data.name })
      .where(eq(kecamatan.id, id))
      .returning({ id: kecamatan.id });
    if (!rows[0]) throw errors.notFound("Kecamatan");
    return id;
  });
}

/** Rename a kelurahan; its slug stays so stored links and filters keep working. */
export async function renameKelurahan(actor: Actor | null, id: number, input: unknown, tx: Db = db) {
  return audited(tx, actor, "reference.kelurahan.rename", "kelurahan", async (tx) => {
    const data = parseInput(renameSchema, input);
    const [row] = await tx.select().from(kelurahan).where(eq(kelurahan.id, id));
    if (!row) throw errors.notFound("Kelurahan");
    await assertUnique(
      tx
        .select({ id: kelurahan.id })
        .from(kelurahan)
        .where(and(eq(kelurahan.kecamatanId, row.kecamatanId), eq(kelurahan.name, data.name), ne(kelurahan.id, id))),
      "name",
      "Kelurahan dengan nama ini sudah ada di kecamatan tersebut.",
    );
    await tx.update(kelurahan).set({ name: data.name }).where(eq(kelurahan.id, id));
    return id;
  });
}

/**
 * Create a new election period with its dapil, copied (name, seats, kecamatan) from an existing
 * period as a starting point; the admin then edits each dapil. The new period is not made active.
 */
export async function createElectionPeriod(actor: Actor | null, input: unknown, tx: Db = db) {
  return audited(tx, actor, "reference.period.create", "election_period", async (tx) => {
    const data = parseInput(periodSchema, input);
    await assertUnique(
      tx.select({ id: electionPeriods.id }).from(electionPeriods).where(eq(electionPeriods.name, data.name)),
      "name",
      "Periode dengan nama ini sudah ada.",
    );
    const [source] = await tx
      .select({ id: electionPeriods.id })
      .from(electionPeriods)
      .where(eq(electionPeriods.id, data.copyFromId));
    if (!source) throw errors.validation({ copyFromId: ["Periode sumber tidak dikenal."] });
    const [period] = await tx
      .insert(electionPeriods)
      .values({ name: data.name, startsOn: data.startsOn, endsOn: data.endsOn, isActive: false })
      .returning({ id: electionPeriods.id });
    const oldDapil = await tx.select().from(dapil).where(eq(dapil.periodId, source.id)).orderBy(asc(dapil.number));
    const links = await tx.select().from(dapilKecamatan);
    for (const d of oldDapil) {
      const [nd] = await tx
        .insert(dapil)
        .values({ periodId: period.id, number: d.number, name: d.name, seats: d.seats })
        .returning({ id: dapil.id });
      const kec = links.filter((l) => l.dapilId === d.id).map((l) => ({ dapilId: nd.id, kecamatanId: l.kecamatanId }));
      if (kec.length) await tx.insert(dapilKecamatan).values(kec);
    }
    return period.id;
  });
}

/**
 * Create (id undefined) or update a pokir OPD. OPD are never deleted (proposals reference them):
 * clearing isActive retires one, so it is no longer offered nor accepted on new proposals.
 */
export async function saveOpd(actor: Actor | null, id: number | undefined, input: unknown, tx: Db = db) {
  return audited(tx, actor, id ? "reference.opd.update" : "reference.opd.create", "pokir_opd", async (tx) => {
    const data = parseInput(opdSchema, input);
    await assertUnique(
      tx
        .select({ id: pokirOpd.id })
        .from(pokirOpd)
        .where(and(eq(pokirOpd.code, data.code), id ? ne(pokirOpd.id, id) : undefined)),
      "code",
      "Kode OPD sudah dipakai.",
    );
    await assertUnique(
      tx
        .select({ id: pokirOpd.id })
        .from(pokirOpd)
        .where(and(eq(pokirOpd.name, data.name), id ? ne(pokirOpd.id, id) : undefined)),
      "name",
      "Nama OPD sudah ada.",
    );
    if (id) {
      const rows = await tx.update(pokirOpd).set(data).where(eq(pokirOpd.id, id)).returning({ id: pokirOpd.id });
      if (!rows[0]) throw errors.notFound("OPD");
      return id;
    }
    return (await tx.insert(pokirOpd).values(data).returning({ id: pokirOpd.id }))[0].id;
  });
}

/** Create (id undefined) or update a bidang and its default OPD (which must be active). */
export async function saveBidang(actor: Actor | null, id: number | undefined, input: unknown, tx: Db = db) {
  return audited(tx, actor, id ? "reference.bidang.update" : "reference.bidang.create", "pokir_bidang", async (tx) => {
    const data = parseInput(bidangSchema, input);
    await assertUnique(
      tx
        .select({ id: pokirBidang.id })
        .from(pokirBidang)
        .where(and(eq(pokirBidang.code, data.code), id ? ne(pokirBidang.id, id) : undefined)),
      "code",
      "Kode bidang sudah dipakai.",
    );
    await assertUnique(
      tx
        .select({ id: pokirBidang.id })
        .from(pokirBidang)
        .where(and(eq(pokirBidang.name, data.name), id ? ne(pokirBidang.id, id) : undefined)),
      "name",
      "Nama bidang sudah ada.",
    );
    if (data.defaultOpdId) {
      const [opd] = await tx
        .select({ isActive: pokirOpd.isActive })
        .from(pokirOpd)
        .where(eq(pokirOpd.id, data.defaultOpdId));
      if (!opd) throw errors.validation({ defaultOpdId: ["OPD tidak dikenal. Pilih dari daftar."] });
      if (!opd.isActive)
        throw errors.validation({ defaultOpdId: ["OPD ini sudah tidak aktif. Pilih OPD yang aktif."] });
    }
    const values = {
      code: data.code,
      name: data.name,
      defaultOpdId: data.defaultOpdId ?? null,
      isActive: data.isActive,
    };
    if (id) {
      const rows = await tx
        .update(pokirBidang)
        .set(values)
        .where(eq(pokirBidang.id, id))
        .returning({ id: pokirBidang.id });
      if (!rows[0]) throw errors.notFound("Bidang");
      return id;
    }
    return (await tx.insert(pokirBidang).values(values).returning({ id: pokirBidang.id }))[0].id;
  });
}
