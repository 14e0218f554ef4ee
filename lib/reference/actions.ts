"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/lib/db";
import { boundFormAction, formAction } from "@/lib/http/action";
import { addHoliday, addKelurahan, createElectionPeriod, removeHoliday, renameKecamatan, renameKelurahan, saveBidang, saveDapil, saveFraksi, saveKomisi, saveOpd } from "./service";

const anything = z.record(z.string(), z.unknown());
const done = (message: string) => {
  revalidatePath("/sekretariat/referensi");
  return { status: "success" as const, message };
};

export const createKomisiAction = formAction("reference.manage", anything, async (input, actor) => {
  await saveKomisi(db, actor, undefined, input);
  return done("Komisi ditambahkan.");
});
export const updateKomisiAction = boundFormAction("reference.manage", anything, async (id, input, actor) => {
  await saveKomisi(db, actor, Number(id), input);
  return done("Komisi disimpan.");
});
export const createFraksiAction = formAction("reference.manage", anything, async (input, actor) => {
  await saveFraksi(db, actor, undefined, input);
  return done("Fraksi ditambahkan.");
});
export const updateFraksiAction = boundFormAction("reference.manage", anything, async (id, input, actor) => {
  await saveFraksi(db, actor, Number(id), input);
  return done("Fraksi disimpan.");
});
export const updateDapilAction = boundFormAction("reference.manage", anything, async (id, input, actor) => {
  await saveDapil(db, actor, Number(id), input);
  return done("Dapil disimpan.");
});
export const addKelurahanAction = formAction("reference.manage", anything, async (input, actor) => {
  await addKelurahan(db, actor, input);
  return done("Kelurahan ditambahkan.");
});
export const addHolidayAction = formAction("reference.manage", anything, async (input, actor) => {
  await addHoliday(db, actor, input);
  return done("Hari libur ditambahkan.");
});
export const removeHolidayAction = boundFormAction("reference.manage", z.object({}), async (date, _input, actor) => {
  await removeHoliday(db, actor, date);
  return done("Hari libur dihapus.");
});
export const renameKecamatanAction = boundFormAction("reference.manage", anything, async (id, input, actor) => {
  await renameKecamatan(db, actor, Number(id), input);
  return done("Nama kecamatan disimpan.");
});
export const renameKelurahanAction = boundFormAction("reference.manage", anything, async (id, input, actor) => {
  await renameKelurahan(db, actor, Number(id), input);
  return done("Nama kelurahan disimpan.");
});
export const createElectionPeriodAction = formAction("reference.manage", anything, async (input, actor) => {
  await createElectionPeriod(db, actor, input);
  return done("Periode pemilu dibuat dengan salinan dapil periode sumber. Sesuaikan tiap dapil di bawah.");
});
export const createOpdAction = formAction("reference.manage", anything, async (input, actor) => {
  await saveOpd(db, actor, undefined, input);
  return done("OPD ditambahkan.");
});
export const updateOpdAction = boundFormAction("reference.manage", anything, async (id, input, actor) => {
  await saveOpd(db, actor, Number(id), input);
  return done("OPD disimpan.");
});
export const createBidangAction = formAction("reference.manage", anything, async (input, actor) => {
  await saveBidang(db, actor, undefined, input);
  return done("Bidang ditambahkan.");
});
export const updateBidangAction = boundFormAction("reference.manage", anything, async (id, input, actor) => {
  await saveBidang(db, actor, Number(id), input);
  return done("Bidang disimpan.");
});
