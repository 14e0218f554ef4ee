"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { checkLookupLimit } from "@/lib/antispam/service";
import { boundFormAction, formAction } from "@/lib/http/action";
import { clientIpFromHeaders } from "@/lib/http/ip";
import { formValues } from "@/lib/validation";
import { previewBreachNotice, sendBreachNotice, type BreachAudience } from "./breach";
import { confirmDataRequest, correctPerson, erasePerson, runRetention, startDataRequest } from "./service";

const codeInput = z.object({ trackingCode: z.string().max(40) });

export const startDataRequestAction = formAction("privacy.request", codeInput, async (input) => {
  const ip = clientIpFromHeaders(await headers()) ?? "unknown";
  await checkLookupLimit(ip);
  const r = await startDataRequest(input.trackingCode, ip);
  redirect(`/data-saya/${r.requestId}`);
});

export const confirmDataRequestAction = boundFormAction(
  "privacy.request",
  z.object({ otp: z.string().max(20) }),
  async (id, input) => {
    const records = await confirmDataRequest(id, input.otp);
    return { status: "success", message: `${records.length} catatan memuat data pribadi Anda.`, data: records };
  },
);

const person = z.object({ email: z.string().max(254).optional(), phone: z.string().max(32).optional() });

export const correctPersonAction = formAction(
  "privacy.manage",
  person.extend({
    name: z.string().max(120).optional(),
    newEmail: z.string().max(254).optional(),
    newPhone: z.string().max(32).optional(),
  }),
  async (input, actor) => {
    const n = await correctPerson(actor, { email: input.email, phone: input.phone }, input);
    revalidatePath("/sekretariat/privasi");
    return { status: "success", message: `Data pribadi dikoreksi pada ${n} catatan.` };
  },
);

export const erasePersonAction = formAction("privacy.manage", person, async (input, actor) => {
  const n = await erasePerson(actor, input);
  // A fresh page without the search: the erased name must not stay on screen from the old render.
  revalidatePath("/sekretariat/privasi");
  redirect(`/sekretariat/privasi?dihapus=${n}`);
});

export const runRetentionAction = formAction("privacy.manage", z.object({}), async () => {
  const r = await runRetention();
  const total = r.sources.reduce((a, s) => a + s.anonymised, 0);
  return { status: "success", message: `Retensi dijalankan: kontak pada ${total} catatan dianonimkan.`, data: r };
});

const breachInput = z.object({
  since: z.string().max(40),
  until: z.string().max(40),
  subject: z.string().max(400),
  body: z.string().max(20_000),
  kirim: z.string().optional(),
});

const audienceLine = (a: BreachAudience) =>
  `${a.emailRecipients} penerima e-mail dan ${a.whatsappRecipients} penerima WhatsApp (${a.messages} pesan); ${a.anonymousSkipped} catatan anonim dan ${a.withoutContact} tanpa kontak dilewati.`;

/** Breach notice to affected citizens: a dry run unless "kirim" is ticked (docs/breach-runbook.md). */
export const breachNoticeAction = formAction("privacy.manage", breachInput, async (input, actor, fd) => {
  const notice = { since: input.since, until: input.until, subject: input.subject, body: input.body };
  const values = { ...formValues(fd), kirim: "" };
  if (input.kirim !== "on") {
    const a = await previewBreachNotice(actor, notice);
    return {
      status: "success",
      message: `Uji coba: ${audienceLine(a)} Belum ada pesan yang dikirim.`,
      data: a,
      values,
    };
  }
  const r = await sendBreachNotice(actor, notice);
  return { status: "success", message: `Diantrekan: ${audienceLine(r)} Kelompok ${r.batchId}.`, data: r, values };
});
