"use server";

import { revalidatePath } from "next/cache";
import { ASPIRATION_OPTIONS_TAG, publicAspirationsChanged } from "./cached";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { checkAntiSpam } from "@/lib/antispam/service";
import { boundFormAction, formAction } from "@/lib/http/action";
import { clientIpFromHeaders } from "@/lib/http/ip";
import { formDataToObject } from "@/lib/validation";
import { saveCategory } from "./categories";
import {
  categorySchema,
  editSchema,
  forwardRequestSchema,
  mergeSchema,
  noteSchema,
  rateSchema,
  redirectSchema,
  rejectSchema,
  reopenSchema,
  statusSchema,
  submissionSchemaFor,
  verifySchema,
} from "./schema";
import { rateAspiration, reopenAspiration } from "./public";
import { submitAspiration } from "./submit";
import {
  addNote,
  changeStatus,
  editAspiration,
  mergeAspiration,
  redirectAspiration,
  rejectAspiration,
  requestForward,
  verifyAspiration,
} from "./workflow";

const files = (fd: FormData) => fd.getAll("lampiran").filter((f): f is File => typeof f !== "string");

/** The public form: anti-spam checks, then the submission; on success the confirmation page. */
export const submitAspirationAction = formAction(
  "aspiration.submit",
  submissionSchemaFor({ channel: "web" }),
  async (_input, actor, fd) => {
    const input = formDataToObject(fd);
    // The wrapper checked the fields first: a citizen correcting typos never uses up the anti-spam rate limit.
    if (!actor)
      await checkAntiSpam({ ip: clientIpFromHeaders(await headers()), fields: input, form: true, challenge: true });
    const r = await submitAspiration(actor, input, files(fd));
    publicAspirationsChanged();
    redirect(`/aspirasi/terkirim?kode=${encodeURIComponent(r.trackingCode)}`);
  },
);

/** Staff log an aspiration from a call, a walk-in or a letter. */
export const logAspirationAction = formAction(
  "aspiration.logChannel",
  submissionSchemaFor({ channel: "web", staff: true }),
  async (_input, actor, fd) => {
    const r = await submitAspiration(actor, formDataToObject(fd), files(fd));
    publicAspirationsChanged();
    revalidatePath("/sekretariat/aspirasi");
    redirect(`/sekretariat/aspirasi/${r.id}?baru=1`);
  },
);

export const rateAspirationAction = boundFormAction("aspiration.track", rateSchema, async (code, _input, actor, fd) => {
  const input = formDataToObject(fd);
  await rateAspiration(actor, code, input);
  revalidatePath("/lacak");
  return { status: "success", message: "Terima kasih atas penilaian Anda." };
});

export const reopenAspirationAction = boundFormAction(
  "aspiration.track",
  reopenSchema,
  async (code, _input, actor, fd) => {
    const input = formDataToObject(fd);
    await reopenAspiration(actor, code, input);
    publicAspirationsChanged();
    revalidatePath("/lacak");
    return { status: "success", message: "Aspirasi dibuka kembali dan akan ditindaklanjuti lagi." };
  },
);

const staffPaths = (id: string) => {
  publicAspirationsChanged();
  revalidatePath(`/sekretariat/aspirasi/${id}`);
  revalidatePath("/sekretariat/aspirasi");
  revalidatePath(`/portal/aspirasi/${id}`);
};

export const verifyAspirationAction = boundFormAction(
  "aspiration.triage",
  verifySchema,
  async (id, _input, actor, fd) => {
    const input = formDataToObject(fd);
    await verifyAspiration(actor, id, input);
    staffPaths(id);
    return { status: "success", message: "Aspirasi diverifikasi dan diteruskan." };
  },
);

export const editAspirationAction = boundFormAction("aspiration.triage", editSchema, async (id, _input, actor, fd) => {
  const input = formDataToObject(fd);
  await editAspiration(actor, id, input);
  staffPaths(id);
  return { status: "success", message: "Kategori/wilayah diperbarui." };
});

export const rejectAspirationAction = boundFormAction(
  "aspiration.triage",
  rejectSchema,
  async (id, _input, actor, fd) => {
    const input = formDataToObject(fd);
    await rejectAspiration(actor, id, input);
    staffPaths(id);
    return { status: "success", message: "Aspirasi ditolak; pelapor diberi tahu alasannya." };
  },
);

export const redirectAspirationAction = boundFormAction(
  "aspiration.triage",
  redirectSchema,
  async (id, _input, actor, fd) => {
    const input = formDataToObject(fd);
    await redirectAspiration(actor, id, input);
    staffPaths(id);
    return { status: "success", message: "Aspirasi dialihkan; pelapor diberi tahu." };
  },
);

export const mergeAspirationAction = boundFormAction(
  "aspiration.triage",
  mergeSchema,
  async (id, _input, actor, fd) => {
    const input = formDataToObject(fd);
    const r = await mergeAspiration(actor, id, input);
    staffPaths(id);
    redirect(`/sekretariat/aspirasi/${r.targetId}?digabung=1`);
  },
);

export const statusAspirationAction = boundFormAction(
  "aspiration.respond",
  statusSchema,
  async (id, _input, actor, fd) => {
    const input = formDataToObject(fd);
    await changeStatus(actor, id, input);
    staffPaths(id);
    return { status: "success", message: "Status diperbarui." };
  },
);

export const noteAspirationAction = boundFormAction("aspiration.respond", noteSchema, async (id, _input, actor, fd) => {
  const input = formDataToObject(fd);
  await addNote(actor, id, input);
  staffPaths(id);
  return { status: "success", message: "Tanggapan disimpan." };
});

export const forwardRequestAction = boundFormAction(
  "aspiration.respond",
  forwardRequestSchema,
  async (id, _input, actor, fd) => {
    const input = formDataToObject(fd);
    await requestForward(actor, id, input);
    staffPaths(id);
    return { status: "success", message: "Permintaan diteruskan ke Sekretariat." };
  },
);

export const addCategoryAction = formAction(
  "aspiration.categories.manage",
  categorySchema,
  async (_input, actor, fd) => {
    const input = formDataToObject(fd);
    await saveCategory(actor, undefined, input);
    revalidatePath("/sekretariat/aspirasi/kategori");
    publicAspirationsChanged(ASPIRATION_OPTIONS_TAG);
    return { status: "success", message: "Kategori ditambahkan." };
  },
);

export const saveCategoryAction = boundFormAction(
  "aspiration.categories.manage",
  categorySchema,
  async (id, _input, actor, fd) => {
    const input = formDataToObject(fd);
    const n = Number(id);
    if (!Number.isInteger(n) || n <= 0) return { status: "error", message: "Kategori tidak ditemukan." };
    await saveCategory(actor, n, input);
    revalidatePath("/sekretariat/aspirasi/kategori");
    publicAspirationsChanged(ASPIRATION_OPTIONS_TAG);
    return { status: "success", message: "Kategori disimpan." };
  },
);
