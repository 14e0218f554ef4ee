"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { boundFormAction, formAction } from "@/lib/http/action";
import {
  addHoliday,
  addKelurahan,
  createElectionPeriod,
  removeHoliday,
  renameKecamatan,
  renameKelurahan,
  saveBidang,
  saveDapil,
  saveFraksi,
  saveKomisi,
  saveOpd,
} from "./service";
import { formDataToObject } from "@/lib/validation";
import {
  bidangSchema,
  dapilSchema,
  fraksiSchema,
  holidaySchema,
  kelurahanSchema,
  komisiSchema,
  opdSchema,
  periodSchema,
  renameSchema,
} from "./schema";

const done = (message: string) => {
  revalidatePath("/sekretariat/referensi");
  return { status: "success" as const, message };
};

export const createKomisiAction = formAction("reference.manage", komisiSchema, async (_input, actor, fd) => {
  const input = formDataToObject(fd);
  await saveKomisi(actor, undefined, input);
  return done("Komisi ditambahkan.");
});
export const updateKomisiAction = boundFormAction("reference.manage", komisiSchema, async (id, _input, actor, fd) => {
  const input = formDataToObject(fd);
  await saveKomisi(actor, Number(id), input);
  return done("Komisi disimpan.");
});
export const createFraksiAction = formAction("reference.manage", fraksiSchema, async (_input, actor, fd) => {
  const input = formDataToObject(fd);
  await saveFraksi(actor, undefined, input);
  return done("Fraksi ditambahkan.");
});
export const updateFraksiAction = boundFormAction("reference.manage", fraksiSchema, async (id, _input, actor, fd) => {
  const input = formDataToObject(fd);
  await saveFraksi(actor, Number(id), input);
  return done("Fraksi disimpan.");
});
export const updateDapilAction = boundFormAction("reference.manage", dapilSchema, async (id, _input, actor, fd) => {
  const input = formDataToObject(fd);
  await saveDapil(actor, Number(id), input);
  return done("Dapil disimpan.");
});
export const addKelurahanAction = formAction("reference.manage", kelurahanSchema, async (_input, actor, fd) => {
  const input = formDataToObject(fd);
  await addKelurahan(actor, input);
  return done("Kelurahan ditambahkan.");
});
export const addHolidayAction = formAction("reference.manage", holidaySchema, async (_input, actor, fd) => {
  const input = formDataToObject(fd);
  await addHoliday(actor, input);
  return done("Hari libur ditambahkan.");
});
export const removeHolidayAction = boundFormAction("reference.manage", z.object({}), async (date, _input, actor) => {
  await removeHoliday(actor, date);
  return done("Hari libur dihapus.");
});
export const renameKecamatanAction = boundFormAction(
  "reference.manage",
  renameSchema,
  async (id, _input, actor, fd) => {
    const input = formDataToObject(fd);
    await renameKecamatan(actor, Number(id), input);
    return done("Nama kecamatan disimpan.");
  },
);
export const renameKelurahanAction = boundFormAction(
  "reference.manage",
  renameSchema,
  async (id, _input, actor, fd) => {
    const input = formDataToObject(fd);
    await renameKelurahan(actor, Number(id), input);
    return done("Nama kelurahan disimpan.");
  },
);
export const createElectionPeriodAction = formAction("reference.manage", periodSchema, async (_input, actor, fd) => {
  const input = formDataToObject(fd);
  await createElectionPeriod(actor, input);
  return done("Periode pemilu dibuat dengan salinan dapil periode sumber. Sesuaikan tiap dapil di bawah.");
});
export const createOpdAction = formAction("reference.manage", opdSchema, async (_input, actor, fd) => {
  const input = formDataToObject(fd);
  await saveOpd(actor, undefined, input);
  return done("OPD ditambahkan.");
});
export const updateOpdAction = boundFormAction("reference.manage", opdSchema, async (id, _input, actor, fd) => {
  const input = formDataToObject(fd);
  await saveOpd(actor, Number(id), input);
  return done("OPD disimpan.");
});
export const createBidangAction = formAction("reference.manage", bidangSchema, async (_input, actor, fd) => {
  const input = formDataToObject(fd);
  await saveBidang(actor, undefined, input);
  return done("Bidang ditambahkan.");
});
export const updateBidangAction = boundFormAction("reference.manage", bidangSchema, async (id, _input, actor, fd) => {
  const input = formDataToObject(fd);
  await saveBidang(actor, Number(id), input);
  return done("Bidang disimpan.");
});
