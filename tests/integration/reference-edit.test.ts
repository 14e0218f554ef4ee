import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { auditLog, dapil, dapilKecamatan, kelurahan } from "@/lib/db/schema";
import { createElectionPeriod, referenceOverview, renameKecamatan, renameKelurahan } from "@/lib/reference/service";
import { actorFor, DEMO } from "../helpers/actors";

const audited = async (action: string, id: number) =>
  (
    await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, action), eq(auditLog.entityId, String(id))))
  ).length;

describe("reference data an admin can now change", () => {
  it("creates an election period with a copy of the current dapil map, audited; staff are refused", async () => {
    const admin = await actorFor(DEMO.admin);
    const staff = await actorFor(DEMO.staff);
    const ref = await referenceOverview(admin);
    const current = ref.periods.find((p) => p.isActive) ?? ref.periods[0];
    const input = { name: "2029-2034", startsOn: "2029-09-01", endsOn: "2034-08-31", copyFromId: String(current.id) };
    await expect(createElectionPeriod(staff, input)).rejects.toMatchObject({ status: 403 });
    await expect(createElectionPeriod(admin, { ...input, endsOn: "2029-01-01" })).rejects.toMatchObject({
      fieldErrors: { endsOn: [expect.stringMatching(/sesudah/)] },
    });
    const id = await createElectionPeriod(admin, input);
    const copied = await db
      .select()
      .from(dapil)
      .where(eq(dapil.periodId, Number(id)));
    const original = ref.dapil.filter((d) => d.periodId === current.id);
    expect(copied.map((d) => [d.number, d.seats])).toEqual(original.map((d) => [d.number, d.seats]));
    const links = await db.select().from(dapilKecamatan).where(eq(dapilKecamatan.dapilId, copied[0].id));
    expect(links.map((l) => l.kecamatanId).sort()).toEqual([...original[0].kecamatanIds].sort());
    expect(await audited("reference.period.create", Number(id))).toBe(1);
    await expect(createElectionPeriod(admin, input)).rejects.toMatchObject({
      fieldErrors: { name: ["Periode dengan nama ini sudah ada."] },
    });
  });

  it("renames a kelurahan and a kecamatan, audited; staff are refused", async () => {
    const admin = await actorFor(DEMO.admin);
    const staff = await actorFor(DEMO.staff);
    const ref = await referenceOverview(admin);
    const kel = ref.kecamatan[0].kelurahan[0];
    await expect(renameKelurahan(staff, kel.id, { name: "Nama Baru" })).rejects.toMatchObject({ status: 403 });
    await renameKelurahan(admin, kel.id, { name: "Kelurahan Nama Baru" });
    const [row] = await db.select().from(kelurahan).where(eq(kelurahan.id, kel.id));
    expect(row).toMatchObject({ name: "Kelurahan Nama Baru", slug: kel.slug });
    expect(await audited("reference.kelurahan.rename", kel.id)).toBe(1);
    const [k1, k2] = ref.kecamatan;
    await expect(renameKecamatan(admin, k1.id, { name: k2.name })).rejects.toMatchObject({ status: 422 });
    await renameKecamatan(admin, k1.id, { name: "Balikpapan Selatan Baru" });
    expect(await audited("reference.kecamatan.rename", k1.id)).toBe(1);
    await expect(renameKecamatan(staff, k1.id, { name: "X Y Z" })).rejects.toMatchObject({ status: 403 });
  });
});
