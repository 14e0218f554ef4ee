"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { boundFormAction, formAction } from "@/lib/http/action";
import { formDataToObject } from "@/lib/validation";
import { resesPeriodSchema, resesReportTextSchema, resesScheduleSchema } from "./schema";
import { acceptReport, createPeriod, draftReport, setSchedule, submitReport, updateReportText } from "./service";

const none = z.object({});

export const createResesPeriodAction = formAction("reses.periods.manage", resesPeriodSchema, async (_i, actor, fd) => {
  await createPeriod(actor, formDataToObject(fd));
  revalidatePath("/sekretariat/reses");
  return { status: "success", message: "Periode reses dicatat." };
});

export const setResesScheduleAction = formAction("reses.periods.manage", resesScheduleSchema, async (_i, actor, fd) => {
  await setSchedule(actor, formDataToObject(fd));
  revalidatePath("/sekretariat/reses");
  return { status: "success", message: "Jadwal reses anggota disimpan." };
});

export const draftResesReportAction = boundFormAction("reses.manage", none, async (periodId, _i, actor) => {
  const r = await draftReport(actor, Number(periodId));
  redirect(`/portal/reses/laporan/${r.id}`);
});

export const saveResesReportAction = boundFormAction(
  "reses.manage",
  resesReportTextSchema,
  async (id, _i, actor, fd) => {
    await updateReportText(actor, id, formDataToObject(fd));
    revalidatePath(`/portal/reses/laporan/${id}`);
    return { status: "success", message: "Laporan disimpan." };
  },
);

export const submitResesReportAction = boundFormAction("reses.manage", none, async (id, _i, actor) => {
  await submitReport(actor, id);
  revalidatePath(`/portal/reses/laporan/${id}`);
  return { status: "success", message: "Laporan diserahkan kepada Pimpinan DPRD." };
});

export const acceptResesReportAction = boundFormAction("reses.reports.accept", none, async (id, _i, actor) => {
  await acceptReport(actor, id);
  revalidatePath("/sekretariat/reses");
  return { status: "success", message: "Laporan diterima." };
});
