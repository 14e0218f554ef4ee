"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { checkAntiSpam } from "@/lib/antispam/service";
import { boundFormAction, formAction } from "@/lib/http/action";
import { clientIpFromHeaders } from "@/lib/http/ip";
import { correctProposal, resendCorrectionLink } from "./correction";
import { finalizePeriod, markSipdEntered, recordOutcome } from "./finalize";
import { addMemberNote, adoptProposal, attachToReses, endorseProposal, releaseProposal } from "./member";
import { setMemberPagu } from "./member-list";
import { savePeriod } from "./periods";
import { createReses } from "./reses";
import { classifyProposal, mergeProposal, rejectProposal, returnProposal, verifyProposal } from "./staff";
import {
  attachResesSchema,
  classifySchema,
  memberProposalSchema,
  mergeSchema,
  noteSchema,
  optionalNoteSchema,
  outcomeSchema,
  paguSchema,
  periodSchema,
  proposalContentSchema,
  publicProposalSchema,
  reasonSchema,
  resesSchema,
  trackingCodeSchema,
} from "./schema";
import { createMemberProposal, createPokirFromAspiration, submitPublicProposal } from "./submit";
import { formDataToObject } from "@/lib/validation";

/** For actions that take no fields (a button): nothing to validate, extra fields are dropped. */
const none = z.object({});

const files = (fd: FormData, field = "photos") => fd.getAll(field).filter((v): v is File => typeof v !== "string");

/**
 * The public form: field errors first (correcting a typo must not use up the rate limit), then the one
 * anti-spam path shared with the aspiration form (honeypot, signed fill time, ALTCHA proof, or the
 * stricter no-JavaScript limit when the post carries no proof), with pokir's own rate-limit windows.
 */
export const submitPokirAction = formAction("pokir.submit", publicProposalSchema, async (_input, actor, fd) => {
  const input = formDataToObject(fd);
  await checkAntiSpam({
    ip: clientIpFromHeaders(await headers()),
    fields: input,
    form: true,
    challenge: true,
    scope: "pokir",
  });
  const r = await submitPublicProposal(actor, input, files(fd));
  redirect(`/pokir/usul/terkirim?kode=${encodeURIComponent(r.trackingCode)}`);
});

export const correctPokirAction = formAction("pokir.submit", proposalContentSchema, async (_input, _actor, fd) => {
  const input = formDataToObject(fd);
  const code = String(input.kode ?? "");
  await correctProposal(code, String(input.token ?? ""), input, files(fd));
  redirect(`/pokir/lacak?kode=${encodeURIComponent(code)}&diperbaiki=1`);
});

export const resendCorrectionAction = formAction("pokir.track", trackingCodeSchema, async (_input, _actor, fd) => {
  const input = formDataToObject(fd);
  await resendCorrectionLink(String(input.kode ?? ""));
  return { status: "success", message: "Tautan perbaikan dikirim ke kontak yang Anda cantumkan saat mengusulkan." };
});

// Secretariat
export const verifyPokirAction = boundFormAction("pokir.verify", optionalNoteSchema, async (id, _input, actor, fd) => {
  const input = formDataToObject(fd);
  await verifyProposal(actor, id, input);
  revalidatePath(`/sekretariat/pokir/${id}`);
  return { status: "success", message: "Usulan diverifikasi dan diteruskan ke anggota dapil." };
});
export const returnPokirAction = boundFormAction("pokir.verify", reasonSchema, async (id, _input, actor, fd) => {
  const input = formDataToObject(fd);
  await returnProposal(actor, id, input);
  revalidatePath(`/sekretariat/pokir/${id}`);
  return { status: "success", message: "Usulan dikembalikan; pengusul menerima tautan perbaikan." };
});
export const rejectPokirAction = boundFormAction("pokir.verify", reasonSchema, async (id, _input, actor, fd) => {
  const input = formDataToObject(fd);
  await rejectProposal(actor, id, input);
  revalidatePath(`/sekretariat/pokir/${id}`);
  return { status: "success", message: "Usulan ditolak." };
});
export const classifyPokirAction = boundFormAction("pokir.verify", classifySchema, async (id, _input, actor, fd) => {
  const input = formDataToObject(fd);
  await classifyProposal(actor, id, input);
  revalidatePath(`/sekretariat/pokir/${id}`);
  return { status: "success", message: "Bidang dan OPD disimpan." };
});
export const mergePokirAction = boundFormAction("pokir.verify", mergeSchema, async (id, _input, actor, fd) => {
  const input = formDataToObject(fd);
  await mergeProposal(actor, id, input);
  revalidatePath(`/sekretariat/pokir/${id}`);
  return { status: "success", message: "Usulan digabung." };
});
export const recordOutcomeAction = boundFormAction("pokir.finalize", outcomeSchema, async (id, _input, actor, fd) => {
  const input = formDataToObject(fd);
  await recordOutcome(actor, id, input);
  revalidatePath(`/sekretariat/pokir/${id}`);
  return { status: "success", message: "Hasil RKPD/APBD dicatat; pengusul diberi tahu." };
});
export const savePeriodAction = formAction("pokir.periods.manage", periodSchema, async (_input, actor, fd) => {
  const input = formDataToObject(fd);
  const id = input.id ? Number(input.id) : undefined;
  await savePeriod(actor, id, input);
  revalidatePath("/sekretariat/pokir/periode");
  return { status: "success", message: "Periode pokir disimpan." };
});
export const finalizePeriodAction = boundFormAction("pokir.finalize", none, async (id, _input, actor) => {
  const n = await finalizePeriod(actor, Number(id));
  revalidatePath("/sekretariat/pokir/periode");
  return { status: "success", message: `Periode difinalisasi: ${n} pokir dibekukan dan daftar anggota dikunci.` };
});
export const markSipdAction = boundFormAction("pokir.finalize", none, async (id, _input, actor) => {
  const n = await markSipdEntered(actor, Number(id));
  revalidatePath("/sekretariat/pokir/periode");
  return { status: "success", message: `${n} pokir ditandai sudah diinput ke SIPD.` };
});
export const setPaguAction = boundFormAction("pokir.finalize", paguSchema, async (id, _input, actor, fd) => {
  const input = formDataToObject(fd);
  await setMemberPagu(actor, Number(id), input);
  revalidatePath("/sekretariat/pokir/pagu");
  return { status: "success", message: "Pagu disimpan." };
});

// Members
export const adoptPokirAction = boundFormAction("pokir.adopt", none, async (id, _input, actor) => {
  await adoptProposal(actor, id);
  revalidatePath(`/portal/pokir/${id}`);
  return { status: "success", message: "Usulan diadopsi menjadi pokir Anda." };
});
export const releasePokirAction = boundFormAction("pokir.adopt", none, async (id, _input, actor) => {
  await releaseProposal(actor, id);
  revalidatePath(`/portal/pokir/${id}`);
  return { status: "success", message: "Adopsi dilepas." };
});
export const endorsePokirAction = boundFormAction("pokir.adopt", none, async (id, _input, actor) => {
  await endorseProposal(actor, id);
  revalidatePath(`/portal/pokir/${id}`);
  return { status: "success", message: "Dukungan Anda tercatat." };
});
export const notePokirAction = boundFormAction("pokir.adopt", noteSchema, async (id, _input, actor, fd) => {
  const input = formDataToObject(fd);
  await addMemberNote(actor, id, input);
  revalidatePath(`/portal/pokir/${id}`);
  return { status: "success", message: "Catatan disimpan." };
});
export const attachResesAction = boundFormAction("reses.manage", attachResesSchema, async (id, _input, actor, fd) => {
  const input = formDataToObject(fd);
  await attachToReses(actor, id, input);
  revalidatePath(`/portal/pokir/${id}`);
  return { status: "success", message: "Usulan ditautkan ke catatan reses." };
});
export const createResesAction = formAction("reses.manage", resesSchema, async (_input, actor, fd) => {
  const input = formDataToObject(fd);
  const r = await createReses(actor, input, files(fd));
  redirect(`/portal/reses/${r.id}?baru=1`);
});
export const createResesPokirAction = boundFormAction(
  "reses.manage",
  memberProposalSchema,
  async (resesId, _input, actor, fd) => {
    const input = formDataToObject(fd);
    const r = await createMemberProposal(actor, input, files(fd), { resesId });
    revalidatePath(`/portal/reses/${resesId}`);
    return {
      status: "success",
      message: `Usulan ${r.trackingCode} tercatat dari reses dan menunggu verifikasi Sekretariat.`,
    };
  },
);
export const createFromAspirationAction = boundFormAction(
  "pokir.adopt",
  memberProposalSchema,
  async (aspirationId, _input, actor, fd) => {
    const input = formDataToObject(fd);
    const r = await createPokirFromAspiration(actor, aspirationId, input, files(fd));
    return {
      status: "success",
      message: `Pokir ${r.trackingCode} dibuat dari aspirasi ini dan menunggu verifikasi Sekretariat.`,
    };
  },
);
