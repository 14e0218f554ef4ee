"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { checkAntiSpam } from "@/lib/antispam/service";
import { db } from "@/lib/db";
import { boundFormAction, formAction } from "@/lib/http/action";
import { clientIpFromHeaders } from "@/lib/http/ip";
import { formDataToObject, parseInput } from "@/lib/validation";
import { saveCategory } from "./categories";
import { submissionSchema } from "./schema";
import { rateAspiration, reopenAspiration } from "./public";
import { submitAspiration } from "./submit";
import { addNote, changeStatus, editAspiration, mergeAspiration, redirectAspiration, rejectAspiration, requestForward, verifyAspiration } from "./workflow";

const anything = z.record(z.string(), z.unknown());
const files = (fd: FormData) => fd.getAll("lampiran").filter((f): f is File => typeof f !== "string");

/** The public form: anti-spam checks, then the submission; on success the confirmation page. */
export const submitAspirationAction = formAction("aspiration.submit", anything, async (input, actor, fd) => {
  // Field errors first: a citizen correcting typos must not use up the anti-spam rate limit.
  parseInput(submissionSchema, input);
  if (!actor) await checkAntiSpam(db, { ip: clientIpFromHeaders(await headers()), fields: input, form: true, challenge: true });
  const r = await submitAspiration(db, actor, formDataToObject(fd), files(fd));
  redirect(`/aspirasi/terkirim?kode=${encodeURIComponent(r.trackingCode)}`);
});

/** Staff log an aspiration from a call, a walk-in or a letter. */
export const logAspirationAction = formAction("aspiration.logChannel", anything, async (_input, actor, fd) => {
  const r = await submitAspiration(db, actor, formDataToObject(fd), files(fd));
  revalidatePath("/sekretariat/aspirasi");
  redirect(`/sekretariat/aspirasi/${r.id}?baru=1`);
});

export const rateAspirationAction = boundFormAction("aspiration.track", anything, async (code, input, actor) => {
  await rateAspiration(db, actor, code, input);
  revalidatePath("/lacak");
  return { status: "success", message: "Terima kasih atas penilaian Anda." };
});

export const reopenAspirationAction = boundFormAction("aspiration.track", anything, async (code, input, actor) => {
  await reopenAspiration(db, actor, code, input);
  revalidatePath("/lacak");
  return { status: "success", message: "Aspirasi dibuka kembali dan akan ditindaklanjuti lagi." };
});

const staffPaths = (id: string) => {
  revalidatePath(`/sekretariat/aspirasi/${id}`);
  revalidatePath("/sekretariat/aspirasi");
  revalidatePath(`/portal/aspirasi/${id}`);
};

export const verifyAspirationAction = boundFormAction("aspiration.triage", anything, async (id, input, actor) => {
  await verifyAspiration(db, actor, id, input);
  staffPaths(id);
  return { status: "success", message: "Aspirasi diverifikasi dan diteruskan." };
});

export const editAspirationAction = boundFormAction("aspiration.triage", anything, async (id, input, actor) => {
  await editAspiration(db, actor, id, input);
  staffPaths(id);
  return { status: "success", message: "Kategori/wilayah diperbarui." };
});

export const rejectAspirationAction = boundFormAction("aspiration.triage", anything, async (id, input, actor) => {
  await rejectAspiration(db, actor, id, input);
  staffPaths(id);
  return { status: "success", message: "Aspirasi ditolak; pelapor diberi tahu alasannya." };
});

export const redirectAspirationAction = boundFormAction("aspiration.triage", anything, async (id, input, actor) => {
  await redirectAspiration(db, actor, id, input);
  staffPaths(id);
  return { status: "success", message: "Aspirasi dialihkan; pelapor diberi tahu." };
});

export const mergeAspirationAction = boundFormAction("aspiration.triage", anything, async (id, input, actor) => {
  const r = await mergeAspiration(db, actor, id, input);
  staffPaths(id);
  redirect(`/sekretariat/aspirasi/${r.targetId}?digabung=1`);
});

export const statusAspirationAction = boundFormAction("aspiration.respond", anything, async (id, input, actor) => {
  await changeStatus(db, actor, id, input);
  staffPaths(id);
  return { status: "success", message: "Status diperbarui." };
});

export const noteAspirationAction = boundFormAction("aspiration.respond", anything, async (id, input, actor) => {
  await addNote(db, actor, id, input);
  staffPaths(id);
  return { status: "success", message: "Tanggapan disimpan." };
});

export const forwardRequestAction = boundFormAction("aspiration.respond", anything, async (id, input, actor) => {
  await requestForward(db, actor, id, input);
  staffPaths(id);
  return { status: "success", message: "Permintaan diteruskan ke Sekretariat." };
});

export const addCategoryAction = formAction("aspiration.categories.manage", anything, async (input, actor) => {
  await saveCategory(db, actor, undefined, input);
  revalidatePath("/sekretariat/aspirasi/kategori");
  return { status: "success", message: "Kategori ditambahkan." };
});

export const saveCategoryAction = boundFormAction("aspiration.categories.manage", anything, async (id, input, actor) => {
  const n = Number(id);
  if (!Number.isInteger(n) || n <= 0) return { status: "error", message: "Kategori tidak ditemukan." };
  await saveCategory(db, actor, n, input);
  revalidatePath("/sekretariat/aspirasi/kategori");
  return { status: "success", message: "Kategori disimpan." };
});
