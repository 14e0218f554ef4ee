"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { boundFormAction, formAction } from "@/lib/http/action";
import { clientIpFromHeaders } from "@/lib/http/ip";
import { confirmDraft, proposeCorrection, respondCorrection } from "./corrections";
import { saveDraft } from "./drafts";
import { createMeetingType, restoreDefaultMeetingTypes, updateMeetingType } from "./meeting-types";
import { createMeeting, recordAttendance, updateMeeting } from "./meetings";
import {
  approveSchema,
  correctionReasonSchema,
  jsonField,
  meetingTypeSchema,
  proposeCorrectionSchema,
  respondCorrectionSchema,
  returnSchema,
  signSchema,
} from "./schema";
import { verifyUpload } from "@/lib/verification/upload";
import {
  approveMinutes,
  publishMinutes,
  returnToDraft,
  signMinutes,
  startCorrection,
  submitForReview,
} from "./workflow-transitions";
import { formDataToObject } from "@/lib/validation";

const payload = z.object({ payload: jsonField });
const none = z.object({});

function refresh(id: string) {
  revalidatePath(`/sekretariat/risalah/${id}`, "layout");
  revalidatePath(`/portal/rapat/${id}`);
}

export const createMeetingAction = formAction("meeting.manage", payload, async (input, actor) => {
  const id = await createMeeting(actor, input.payload);
  redirect(`/sekretariat/risalah/${id}?dibuat=1`);
});

export const updateMeetingAction = boundFormAction("meeting.manage", payload, async (id, input, actor) => {
  await updateMeeting(actor, id, input.payload);
  refresh(id);
  return { status: "success", message: "Data rapat tersimpan." };
});

export const recordAttendanceAction = boundFormAction("meeting.manage", payload, async (id, input, actor) => {
  await recordAttendance(actor, id, input.payload);
  refresh(id);
  return { status: "success", message: "Daftar hadir tersimpan." };
});

export const saveDraftAction = boundFormAction("minutes.edit", payload, async (id, input, actor) => {
  const r = await saveDraft(actor, id, input.payload);
  return {
    status: "success",
    message: r.changed ? `Tersimpan (versi ${r.revision}).` : "Tidak ada perubahan.",
    data: { revision: r.revision, savedAt: r.savedAt.toISOString(), changed: r.changed },
  };
});

export const submitForReviewAction = boundFormAction("minutes.edit", none, async (id, _input, actor) => {
  await submitForReview(actor, id);
  refresh(id);
  return {
    status: "success",
    message: "Draf diajukan kepada ketua rapat untuk ditinjau. Masa koreksi anggota dimulai.",
  };
});

export const returnToDraftAction = boundFormAction("minutes.review", returnSchema, async (id, _input, actor, fd) => {
  const input = formDataToObject(fd);
  await returnToDraft(actor, id, input);
  refresh(id);
  return { status: "success", message: "Draf dikembalikan kepada notulis dengan catatan Anda." };
});

export const approveMinutesAction = boundFormAction("minutes.review", approveSchema, async (id, _input, actor, fd) => {
  const input = formDataToObject(fd);
  await approveMinutes(actor, id, input);
  refresh(id);
  return { status: "success", message: "Risalah disetujui dan dikunci (final). Dokumen PDF siap ditandatangani." };
});

export const signMinutesAction = boundFormAction("minutes.sign", signSchema, async (id, _input, actor, fd) => {
  const input = formDataToObject(fd);
  const r = await signMinutes(actor, id, input);
  refresh(id);
  return {
    status: "success",
    message: r.completed
      ? "Tanda tangan sekretaris rapat ditambahkan. Risalah telah ditandatangani lengkap."
      : "Tanda tangan ketua rapat ditambahkan. Menunggu tanda tangan sekretaris rapat.",
  };
});

export const publishMinutesAction = boundFormAction("minutes.publish", none, async (id, _input, actor) => {
  await publishMinutes(actor, id);
  refresh(id);
  revalidatePath("/risalah");
  return { status: "success", message: "Risalah diterbitkan di halaman publik /risalah." };
});

export const startCorrectionAction = boundFormAction(
  "minutes.edit",
  correctionReasonSchema,
  async (id, _input, actor, fd) => {
    const input = formDataToObject(fd);
    await startCorrection(actor, id, input);
    refresh(id);
    return {
      status: "success",
      message:
        "Koreksi dibuka: draf dapat diubah. Dokumen bertanda tangan yang lama tetap berlaku sampai versi baru ditandatangani.",
    };
  },
);

export const proposeCorrectionAction = boundFormAction(
  "minutes.correct",
  proposeCorrectionSchema,
  async (id, _input, actor, fd) => {
    const input = formDataToObject(fd);
    await proposeCorrection(actor, id, input);
    refresh(id);
    return { status: "success", message: "Usulan koreksi terkirim kepada notulis." };
  },
);

export const confirmDraftAction = boundFormAction("minutes.correct", none, async (id, _input, actor) => {
  await confirmDraft(actor, id);
  refresh(id);
  return {
    status: "success",
    message: "Terima kasih. Konfirmasi Anda bahwa draf tidak perlu dikoreksi telah dicatat.",
  };
});

export const respondCorrectionAction = boundFormAction(
  "minutes.edit",
  respondCorrectionSchema,
  async (correctionId, _input, actor, fd) => {
    const input = formDataToObject(fd);
    await respondCorrection(actor, correctionId, input);
    revalidatePath("/sekretariat/risalah", "layout");
    return {
      status: "success",
      message: input.decision === "diterima" ? "Usulan koreksi diterima." : "Usulan koreksi ditolak.",
    };
  },
);

async function verifyForm(actor: Parameters<typeof verifyUpload>[0], formData: FormData, code: string | null) {
  const file = formData.get("berkas");
  const bytes = file && typeof file !== "string" && file.size > 0 ? Buffer.from(await file.arrayBuffer()) : null;
  const result = await verifyUpload(actor, { file: bytes, code, ip: clientIpFromHeaders(await headers()) });
  return { status: "success" as const, message: result.label, data: JSON.parse(JSON.stringify(result)) };
}

/** Verify an uploaded PDF (found by its hash). */
export const verifyUploadAction = formAction("minutes.verify", none, async (_input, actor, formData) =>
  verifyForm(actor, formData, null),
);

/** Verify an uploaded PDF against the document of a verification code (bound). */
export const verifyDocumentAction = boundFormAction("minutes.verify", none, async (code, _input, actor, formData) =>
  verifyForm(actor, formData, code),
);

export const createMeetingTypeAction = formAction(
  "meetingTypes.manage",
  meetingTypeSchema,
  async (_input, actor, formData) => {
    const input = formDataToObject(formData);
    const id = await createMeetingType(actor, { ...input, memberIds: formData.getAll("memberIds") });
    redirect(`/sekretariat/risalah/jenis/${id}?dibuat=1`);
  },
);

export const updateMeetingTypeAction = boundFormAction(
  "meetingTypes.manage",
  meetingTypeSchema,
  async (id, _input, actor, formData) => {
    const input = formDataToObject(formData);
    await updateMeetingType(actor, Number(id), { ...input, memberIds: formData.getAll("memberIds") });
    revalidatePath("/sekretariat/risalah/jenis", "layout");
    return {
      status: "success",
      message: "Jenis rapat tersimpan. Rapat baru memakai pengaturan ini; daftar hadir rapat lama tidak berubah.",
    };
  },
);

export const restoreMeetingTypesAction = formAction("meetingTypes.manage", none, async (_input, actor) => {
  await restoreDefaultMeetingTypes(actor);
  revalidatePath("/sekretariat/risalah/jenis");
  return { status: "success", message: "Jenis rapat bawaan yang belum ada telah ditambahkan." };
});
