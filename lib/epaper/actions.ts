"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { redirect } from "next/navigation";
import { boundFormAction, formAction } from "@/lib/http/action";
import { decideParaf, submitToChain } from "./chain";
import { createDelegation, revokeDelegation } from "./delegations";
import { addLetterFiles, removeLetterFile } from "./attachments";
import { autosave, createFromTemplate } from "./drafts";
import {
  autosaveSchema,
  correctionSchema,
  createSchema,
  delegationSchema,
  parafSchema,
  removeFileSchema,
  signSchema,
} from "./schema";
import { sendLetter, startCorrection } from "./send";
import { signLetter } from "./sign";

const BASE = "/sekretariat/surat/epaper";

export const createLetterAction = formAction("epaper.draft", createSchema, async (_input, actor, fd) => {
  // The service parses the raw form again (the shared schema), so both paths check the same rules.
  const r = await createFromTemplate(actor, Object.fromEntries(fd));
  redirect(`${BASE}/${r.id}?baru=1`);
});

export const saveDraftAction = boundFormAction("epaper.draft", autosaveSchema, async (id, _input, actor, fd) => {
  const r = await autosave(actor, id, Object.fromEntries(fd));
  revalidatePath(`${BASE}/${id}`);
  return { status: "success", message: `Draf tersimpan (versi ${r.revision}).` };
});

export const submitLetterAction = boundFormAction("epaper.draft", z.object({}), async (id, _input, actor) => {
  const r = await submitToChain(actor, id);
  revalidatePath(`${BASE}/${id}`);
  return {
    status: "success",
    message: r.steps
      ? "Draf diajukan dan terkunci sampai diparaf atau dikembalikan."
      : "Draf diajukan langsung kepada penanda tangan.",
  };
});

export const parafAction = boundFormAction("epaper.paraf", parafSchema, async (id, input, actor) => {
  const r = await decideParaf(actor, id, input);
  revalidatePath(`${BASE}/${id}`);
  return {
    status: "success",
    message: r.status === "draf" ? "Draf dikembalikan kepada pembuatnya dengan catatan Anda." : "Paraf tercatat.",
  };
});

export const signLetterAction = boundFormAction("epaper.sign", signSchema, async (id, input, actor) => {
  const r = await signLetter(actor, id, input);
  revalidatePath(`${BASE}/${id}`);
  revalidatePath(`/portal/tanda-tangan/${id}`);
  return {
    status: "success",
    message: `Surat ditandatangani secara elektronik dengan nomor ${r.number}. Kode verifikasi: ${r.code}.`,
  };
});

export const sendLetterAction = boundFormAction("epaper.send", z.object({}), async (id, _input, actor) => {
  const r = await sendLetter(actor, id);
  revalidatePath(`${BASE}/${id}`);
  return { status: "success", message: `Surat dikirim: ${r.emailed} lewat e-mail, ${r.printed} perlu dicetak.` };
});

export const correctLetterAction = boundFormAction("epaper.draft", correctionSchema, async (id, input, actor) => {
  const r = await startCorrection(actor, id, input);
  redirect(`${BASE}/${r.id}?koreksi=1`);
});

export const delegationAction = formAction("epaper.delegate", delegationSchema, async (input, actor) => {
  await createDelegation(actor, input);
  revalidatePath(`${BASE}/delegasi`);
  return { status: "success", message: "Delegasi tercatat." };
});

export const revokeDelegationAction = boundFormAction("epaper.delegate", z.object({}), async (id, _input, actor) => {
  await revokeDelegation(actor, id);
  revalidatePath(`${BASE}/delegasi`);
  return { status: "success", message: "Delegasi diakhiri." };
});

export const addLetterFilesAction = boundFormAction("epaper.draft", z.object({}), async (id, _input, actor, fd) => {
  const files = fd.getAll("lampiran").filter((f): f is File => f instanceof File);
  const r = await addLetterFiles(actor, id, files);
  revalidatePath(`${BASE}/${id}`);
  return { status: "success", message: `${r.added} berkas dilampirkan.` };
});

export const removeLetterFileAction = boundFormAction("epaper.draft", removeFileSchema, async (id, input, actor) => {
  await removeLetterFile(actor, id, input.attachmentId);
  revalidatePath(`${BASE}/${id}`);
  return { status: "success", message: "Lampiran dihapus." };
});
