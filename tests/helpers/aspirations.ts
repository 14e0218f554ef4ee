import { eq } from "drizzle-orm";
import sharp from "sharp";
import { db } from "@/lib/db";
import { dapil, kelurahan } from "@/lib/db/schema";

/** A kelurahan of dapil `n` (by the active period), as { id, name, slug }. */
export async function kelurahanOfDapil(n: number) {
  const rows = await db.execute<{ id: number; name: string; slug: string; dapil_id: number }>(
    (await import("drizzle-orm"))
      .sql`select k.id, k.name, k.slug, d.id as dapil_id from kelurahan k join dapil_kecamatan dk on dk.kecamatan_id = k.kecamatan_id join dapil d on d.id = dk.dapil_id where d.number = ${n} order by k.id limit 1`,
  );
  const list = (Array.isArray(rows) ? rows : (rows as unknown as { rows: unknown[] }).rows) as {
    id: number;
    name: string;
    slug: string;
    dapil_id: number;
  }[];
  return list[0];
}

export async function anyKelurahan() {
  const [k] = await db.select().from(kelurahan).limit(1);
  return k;
}

export async function dapilByNumber(n: number) {
  const [d] = await db.select().from(dapil).where(eq(dapil.number, n));
  return d;
}

/** A valid submission body. */
export function submission(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: "Jalan berlubang di depan SD Negeri 012",
    body: "Jalan di depan sekolah berlubang besar sejak bulan lalu dan membahayakan anak-anak yang pulang sekolah.",
    category: "infrastruktur",
    kelurahan: "",
    name: "Siti Rahmawati",
    phone: "0812-3456-7890",
    email: "siti@contoh.id",
    consent: "on",
    ...over,
  };
}

/** A JPEG with EXIF (incl. a GPS-like comment) to check metadata stripping. */
export async function jpegWithExif(): Promise<Buffer> {
  return sharp({ create: { width: 16, height: 16, channels: 3, background: "#336699" } })
    .jpeg()
    .withExif({ IFD0: { Make: "KameraRahasia", ImageDescription: "lokasi -1.2654,116.8312" } })
    .toBuffer();
}

export const tinyPdf = () =>
  Buffer.from(
    "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
  );
