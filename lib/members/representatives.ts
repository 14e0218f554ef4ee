import "server-only";
import { db } from "@/lib/db";
import type { Db } from "@/lib/db/types";
import { locatePoint } from "@/lib/maps/boundaries";
import { dapilByNumber, dapilInfo, dapilOfKecamatan, dapilOfKelurahan } from "./areas";
import { areaOptions, listPublicMembers, type PublicMember } from "./directory";

/** What the citizen gave: a kelurahan slug, a kecamatan id, a dapil number or a position. */
export interface PlaceQuery {
  kelurahan?: string;
  kecamatan?: number;
  dapil?: number;
  lat?: number;
  lon?: number;
}

export type RepresentativesResult =
  | { found: false; message: string }
  | {
      found: true;
      kelurahan: { id: number; slug: string; name: string } | null;
      dapil: NonNullable<Awaited<ReturnType<typeof dapilInfo>>>;
      members: PublicMember[];
    };

/** Read the page's query string; anything malformed is dropped, never an error. */
export function parsePlaceQuery(q: Record<string, string | string[] | undefined>): PlaceQuery {
  const s = (k: string) => (typeof q[k] === "string" && (q[k] as string).length <= 80 ? (q[k] as string) : undefined);
  const int = (k: string) => (s(k) && /^\d{1,3}$/.test(s(k)!) ? Number(s(k)) : undefined);
  const num = (k: string) => (s(k) && /^-?\d{1,3}(\.\d{1,8})?$/.test(s(k)!) ? Number(s(k)) : undefined);
  const kel = s("kelurahan");
  return {
    kelurahan: kel && /^[a-z0-9-]+$/.test(kel) ? kel : undefined,
    kecamatan: int("kecamatan"),
    dapil: int("dapil"),
    lat: num("lat"),
    lon: num("lon"),
  };
}

/** The dapil and its members for a place: kelurahan first, then a position, a kecamatan, a dapil number. */
export async function findRepresentatives(q: PlaceQuery, tx: Db = db): Promise<RepresentativesResult | null> {
  let slug = q.kelurahan;
  if (!slug && q.lat !== undefined && q.lon !== undefined) {
    const hit = locatePoint(q.lat, q.lon);
    if (!hit)
      return {
        found: false,
        message:
          "Lokasi Anda tidak berada di wilayah Kota Balikpapan menurut peta kami. Pilih kelurahan dari daftar atau peta.",
      };
    slug = hit.slug;
  }
  let kelurahan: { id: number; slug: string; name: string } | null = null;
  let dapilId: number | null = null;
  if (slug) {
    kelurahan = (await areaOptions(tx)).flatMap((k) => k.kelurahan).find((k) => k.slug === slug) ?? null;
    if (!kelurahan) return { found: false, message: "Kelurahan tidak dikenal. Pilih dari daftar." };
    dapilId = await dapilOfKelurahan(kelurahan.slug, tx);
  } else if (q.kecamatan) dapilId = await dapilOfKecamatan(q.kecamatan, tx);
  else if (q.dapil) dapilId = await dapilByNumber(q.dapil, tx);
  else return null;
  const dapil = dapilId ? await dapilInfo(dapilId, tx) : null;
  if (!dapil) return { found: false, message: "Dapil untuk pilihan ini belum tercatat. Coba pilih kelurahan." };
  const members = await listPublicMembers({ dapil: dapil.number }, tx);
  return { found: true, kelurahan, dapil, members };
}
