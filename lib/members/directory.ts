import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { db } from "@/lib/db";
import {
  dapil,
  dapilKecamatan,
  electionPeriods,
  fraksi,
  kecamatan,
  kelurahan,
  komisi,
  meetingTypeMembers,
  meetingTypes,
  users,
} from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { assignSlugs } from "./slug";

/** A member as the public sees them: no e-mail, phone, NIK or any account detail. */
export interface PublicMember {
  id: string;
  slug: string;
  name: string;
  position: string | null;
  dapil: { id: number; number: number; name: string } | null;
  kecamatan: string[];
  komisi: string | null;
  fraksi: string | null;
}

export interface MemberFilter {
  dapil?: number;
  fraksi?: string;
  komisi?: string;
}

/** Every active member (45), ordered by dapil then name, each with a stable slug. */
export async function listPublicMembers(filter: MemberFilter = {}, tx: Db = db): Promise<PublicMember[]> {
  const rows = await tx
    .select({
      id: users.id,
      name: users.name,
      position: users.position,
      createdAt: users.createdAt,
      dapilId: dapil.id,
      dapilNumber: dapil.number,
      dapilName: dapil.name,
      komisi: komisi.name,
      fraksi: fraksi.name,
    })
    .from(users)
    .leftJoin(dapil, eq(dapil.id, users.dapilId))
    .leftJoin(komisi, eq(komisi.id, users.komisiId))
    .leftJoin(fraksi, eq(fraksi.id, users.fraksiId))
    .where(and(eq(users.role, "member"), eq(users.isActive, true)))
    .orderBy(asc(dapil.number), asc(users.name));
  const slugs = assignSlugs(rows);
  const kec = await kecamatanOfDapil(
    rows.flatMap((r) => (r.dapilId ? [r.dapilId] : [])),
    tx,
  );
  return rows
    .map((r) => ({
      id: r.id,
      slug: slugs.get(r.id)!,
      name: r.name,
      position: r.position,
      dapil: r.dapilId ? { id: r.dapilId, number: r.dapilNumber!, name: r.dapilName! } : null,
      kecamatan: r.dapilId ? (kec.get(r.dapilId) ?? []) : [],
      komisi: r.komisi,
      fraksi: r.fraksi,
    }))
    .filter(
      (m) =>
        (!filter.dapil || m.dapil?.number === filter.dapil) &&
        (!filter.fraksi || m.fraksi === filter.fraksi) &&
        (!filter.komisi || m.komisi === filter.komisi),
    );
}

async function kecamatanOfDapil(ids: number[], tx: Db): Promise<Map<number, string[]>> {
  const out = new Map<number, string[]>();
  if (!ids.length) return out;
  const rows = await tx
    .select({ dapilId: dapilKecamatan.dapilId, name: kecamatan.name })
    .from(dapilKecamatan)
    .innerJoin(kecamatan, eq(kecamatan.id, dapilKecamatan.kecamatanId))
    .where(inArray(dapilKecamatan.dapilId, [...new Set(ids)]))
    .orderBy(asc(kecamatan.name));
  for (const r of rows) out.set(r.dapilId, [...(out.get(r.dapilId) ?? []), r.name]);
  return out;
}

/** One member by profile slug, or null. */
export async function findMemberBySlug(slug: string, tx: Db = db): Promise<PublicMember | null> {
  return (await listPublicMembers({}, tx)).find((m) => m.slug === slug) ?? null;
}

/** The bodies a member sits on besides the komisi (Banggar, Bamus, Bapemperda, BK, pansus). */
export async function memberBodies(memberId: string, tx: Db = db): Promise<string[]> {
  const rows = await tx
    .select({ name: meetingTypes.name })
    .from(meetingTypeMembers)
    .innerJoin(meetingTypes, eq(meetingTypes.id, meetingTypeMembers.meetingTypeId))
    .where(and(eq(meetingTypeMembers.userId, memberId), eq(meetingTypes.isActive, true)))
    .orderBy(asc(meetingTypes.sortOrder));
  return rows.map((r) => r.name);
}

/** Filter choices for the member list: dapil of the active period, fraksi, komisi. */
export async function memberFilterOptions(tx: Db = db) {
  const [dapilRows, fraksiRows, komisiRows] = await Promise.all([
    tx
      .select({ number: dapil.number, name: dapil.name })
      .from(dapil)
      .innerJoin(electionPeriods, and(eq(electionPeriods.id, dapil.periodId), eq(electionPeriods.isActive, true)))
      .orderBy(asc(dapil.number)),
    tx.select({ name: fraksi.name }).from(fraksi).where(eq(fraksi.isActive, true)).orderBy(asc(fraksi.name)),
    tx.select({ name: komisi.name }).from(komisi).where(eq(komisi.isActive, true)).orderBy(asc(komisi.id)),
  ]);
  return { dapil: dapilRows, fraksi: fraksiRows.map((f) => f.name), komisi: komisiRows.map((k) => k.name) };
}

/** Kecamatan with their kelurahan (id, slug, name), for the "Siapa wakil saya?" picker. */
export async function areaOptions(tx: Db = db) {
  const rows = await tx
    .select({
      kecId: kecamatan.id,
      kecName: kecamatan.name,
      kecCode: kecamatan.code,
      id: kelurahan.id,
      slug: kelurahan.slug,
      name: kelurahan.name,
    })
    .from(kelurahan)
    .innerJoin(kecamatan, eq(kecamatan.id, kelurahan.kecamatanId))
    .orderBy(asc(kecamatan.name), asc(kelurahan.name));
  const kec = new Map<
    number,
    { id: number; code: string; name: string; kelurahan: { id: number; slug: string; name: string }[] }
  >();
  for (const r of rows) {
    const k = kec.get(r.kecId) ?? { id: r.kecId, code: r.kecCode, name: r.kecName, kelurahan: [] };
    k.kelurahan.push({ id: r.id, slug: r.slug, name: r.name });
    kec.set(r.kecId, k);
  }
  return [...kec.values()];
}
