import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { loadHolidaySet } from "@/lib/calendar/holidays";
import { db } from "@/lib/db";
import { dapil, kelurahan } from "@/lib/db/schema";
import {
  addHoliday,
  addKelurahan,
  referenceOverview,
  removeHoliday,
  saveDapil,
  saveFraksi,
  saveKomisi,
} from "@/lib/reference/service";
import { actorFor, DEMO } from "../helpers/actors";

describe("reference data administration", () => {
  it("admins edit komisi and fraksi; duplicates and bad numbers get field errors; staff are refused", async () => {
    const admin = await actorFor(DEMO.admin);
    const staff = await actorFor(DEMO.staff);
    const ref = await referenceOverview(admin);
    const k1 = ref.komisi[0];
    await saveKomisi(admin, k1.id, { name: k1.name, field: "Pemerintahan dan hukum", isActive: "on" });
    expect((await referenceOverview(admin)).komisi[0].field).toBe("Pemerintahan dan hukum");
    await expect(saveKomisi(admin, undefined, { name: "Komisi II", field: "x".repeat(10) })).rejects.toMatchObject({
      fieldErrors: { name: ["Nama komisi sudah ada."] },
    });
    await expect(saveFraksi(admin, undefined, { name: "Fraksi Baru", seats: "-1" })).rejects.toMatchObject({
      fieldErrors: { seats: ["Jumlah kursi tidak boleh negatif."] },
    });
    await expect(saveKomisi(staff, k1.id, { name: "x", field: "y" })).rejects.toMatchObject({ status: 403 });
  });

  it("a kecamatan can be moved between dapil only when it is not already in another dapil of the period", async () => {
    const admin = await actorFor(DEMO.admin);
    const ref = await referenceOverview(admin);
    const [d1, d2] = ref.dapil;
    await expect(
      saveDapil(admin, d1.id, {
        name: d1.name,
        seats: d1.seats,
        kecamatanIds: [...d1.kecamatanIds, ...d2.kecamatanIds].map(String),
      }),
    ).rejects.toMatchObject({
      fieldErrors: { kecamatanIds: [expect.stringContaining("sudah termasuk")] },
    });
    await saveDapil(admin, d1.id, {
      name: "Balikpapan 1 (Kota)",
      seats: "5",
      kecamatanIds: d1.kecamatanIds.map(String),
    });
    const [row] = await db.select().from(dapil).where(eq(dapil.id, d1.id));
    expect(row.name).toBe("Balikpapan 1 (Kota)");
    await expect(saveDapil(admin, d1.id, { name: "X Y Z", seats: "5" })).rejects.toMatchObject({ status: 422 });
  });

  it("adds a kelurahan with a unique slug and manages holidays used by working-day arithmetic", async () => {
    const admin = await actorFor(DEMO.admin);
    const ref = await referenceOverview(admin);
    await addKelurahan(admin, { kecamatanId: String(ref.kecamatan[2].id), name: "Kelurahan Pemekaran" });
    expect(await db.select().from(kelurahan).where(eq(kelurahan.slug, "kelurahan-pemekaran"))).toHaveLength(1);
    await expect(
      addKelurahan(admin, { kecamatanId: String(ref.kecamatan[2].id), name: "Kelurahan Pemekaran" }),
    ).rejects.toMatchObject({ status: 422 });
    await addHoliday(admin, { date: "2027-03-10", name: "Idul Fitri 1448 H" });
    expect((await loadHolidaySet(2027, 2027)).has("2027-03-10")).toBe(true);
    await expect(addHoliday(admin, { date: "10-03-2027", name: "Salah format" })).rejects.toMatchObject({
      fieldErrors: { date: [expect.stringContaining("Tanggal tidak valid")] },
    });
    await removeHoliday(admin, "2027-03-10");
    await expect(removeHoliday(admin, "2027-03-10")).rejects.toMatchObject({ status: 404 });
  });
});
