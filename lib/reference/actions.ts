"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/lib/db";
import { boundFormAction, formAction } from "@/lib/http/action";
import { addHoliday, addKelurahan, createElectionPeriod, removeHoliday, renameKecamatan, renameKelurahan, saveBidang, saveDapil, saveFraksi, saveKomisi, saveOpd } from "./service";
import { formDataToObject } from "@/lib/validation";
import { bidangSchema, dapilSchema, fraksiSchema, holidaySchema, kelurahanSchema, komisiSchema, opdSchema, periodSchema, renameSchema } from "./schema";

const done = (message: string) => {
  revalidatePath("/sekretariat/referensi");
  return { status: "success" as const, message };
};

export const createKomisiAction = formAction("reference.manage", komisiSchema, async (_input, actor, fd) => {
  const input = formDataToObject(fd);
  await saveKomisi(db, actor, undefined, input);
  return done("Komisi ditambahkan.");
});
export const updateKomisiAction = boundFormAction("reference.manage", komisiSchema, async (id, _input, actor, fd) => {
  const input = formDataToObject(fd);
  await saveKomisi(db, actor, Number(id), input);
  return done("Komisi disimpan.");
});
export const createFraksiAction = formAction("reference.manage", fraksiSchema, async (_input, actor, fd) => {
  const input = formDataToObject(fd);
  await saveFraksi(db, actor, undefined, input);
  return done("Fraksi ditambahkan.");
});
export const updateFraksiAction = boundFormAction("reference.manage", fraksiSchema, async (id, _input, actor, fd) => {
  const input = formDataToObject(fd);
  await saveFraksi(db, actor, Number(id), input);
  return done("Fraksi disimpan.");
});
export const updateDapilAction = boundFormAction("reference.manage", dapilSchema, async (id, _input, actor, fd) => {
  const input = formDataToObject(fd);
  await saveDapil(db, actor, Number(id), input);
  return done("Dapil disimpan.");
});
export const addKelurahanAction = formAction("reference.manage", kelurahanSchema, async (_input, actor, fd) => {
  const input = formDataToObject(fd);
  await addKelurahan(db, actor, input);
  return done("Kelurahan ditambahkan.");
});
export const addHolidayAction = formAction("reference.manage", holidaySchema, async (_input, actor, fd) => {
  const input = formDataToObject(fd);
  await addHoliday(db, actor, input);
  return done("Hari libur ditambahkan.");
});
export const removeHolidayAction = boundFormAction("reference.manage", z.object({}), async (date, _input, actor) => {
  await removeHoliday(db, actor, date);
  return done("Hari libur dihapus.");
});
export const renameKecamatanAction = boundFormAction("reference.manage", renameSchema, async (id, _input, actor, fd) => {
  const input = formDataToObject(fd);
  await renameKecamatan(db, actor, Number(id), input);
  return done("Nama kecamatan disimpan.");
});
export const renameKelurahanAction = boundFormAction("reference.manage", renameSchema, async (id, _input, actor, fd) => {
  const input = formDataToObject(fd);
  await renameKelurahan(db, actor, Number(id), input);
  return done("Nama kelurahan disimpan.");
});
export const createElectionPeriodAction = formAction("reference.manage", periodSchema, async (_input, actor, fd) => {
  const input = formDataToObject(fd);
  await createElectionPeriod(db, actor, input);
  return done("Periode pemilu dibuat dengan salinan dapil periode sumber. Sesuaikan tiap dapil di bawah.");
});
export const createOpdAction = formAction("reference.manage", opdSchema, async (_input, actor, fd) => {
  const input = formDataToObject(fd);
  await saveOpd(db, actor, undefined, input);
  return done("OPD ditambahkan.");
});
export const updateOpdAction = boundFormAction("reference.manage", opdSchema, async (id, _input, actor, fd) => {
  const input = formDataToObject(fd);
  await saveOpd(db, actor, Number(id), input);
  return done("OPD disimpan.");
});
export const createBidangAction = formAction("reference.manage", bidangSchema, async (_input, actor, fd) => {
  const input = formDataToObject(fd);
  await saveBidang(db, actor, undefined, input);
  return done("Bidang ditambahkan.");
});
export const updateBidangAction = boundFormAction("reference.manage", bidangSchema, async (id, _input, actor, fd) => {
  const input = formDataToObject(fd);
  await saveBidang(db, actor, Number(id), input);
  return done("Bidang disimpan.");
});
