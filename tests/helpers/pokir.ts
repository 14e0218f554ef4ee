import { eq } from "drizzle-orm";
import sharp from "sharp";
import type { IncomingFile } from "@/lib/attachments/service";
import { db } from "@/lib/db";
import { dapil, dapilKecamatan, kelurahan, pokirPeriods } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";

/** A small valid PNG photo. */
export async function photo(name = "lokasi.png"): Promise<IncomingFile> {
  return {
    name,
    data: await sharp({ create: { width: 8, height: 8, channels: 3, background: "#669933" } })
      .png()
      .toBuffer(),
  };
}

/** A period open now (closes in 10 days, Musrenbang in 30), created directly. */
export async function openTestPeriod(database: Db = db, planYear = 2027) {
  const now = Date.now();
  const [p] = await database
    .insert(pokirPeriods)
    .values({
      planYear,
      name: `Pokir RKPD ${planYear}`,
      opensAt: new Date(now - 86400_000),
      closesAt: new Date(now + 10 * 86400_000),
      musrenbangOn: new Date(now + 30 * 86400_000).toISOString().slice(0, 10),
    })
    .returning();
  return p;
}

/** A kelurahan id in the dapil with the given number. */
export async function kelurahanInDapil(number: number, database: Db = db): Promise<number> {
  const rows = await database
    .select({ id: kelurahan.id })
    .from(kelurahan)
    .innerJoin(dapilKecamatan, eq(dapilKecamatan.kecamatanId, kelurahan.kecamatanId))
    .innerJoin(dapil, eq(dapil.id, dapilKecamatan.dapilId))
    .where(eq(dapil.number, number))
    .limit(1);
  return rows[0].id;
}

/** A complete public proposal input. */
export function proposalInput(kelurahanId: number, over: Record<string, unknown> = {}) {
  return {
    title: "Perbaikan drainase Jalan Mawar",
    masalah: "Saluran drainase tersumbat sehingga jalan tergenang setiap hujan deras.",
    usulan: "Normalisasi dan pembangunan ulang saluran drainase sepanjang jalan.",
    kelurahanId: String(kelurahanId),
    rt: "12",
    rw: "03",
    address: "Jl. Mawar Gg. 3 No. 10",
    volume: "200",
    unit: "meter",
    estimatedCost: "150000000",
    priority: "tinggi",
    proposerName: "Budi Santoso",
    proposerPhone: "081234567890",
    proposerEmail: "budi@example.test",
    consent: "on",
    ...over,
  };
}
