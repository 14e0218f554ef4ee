"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { boundFormAction } from "@/lib/http/action";
import { jsonPayload } from "../form-input";
import { forwardDisposisi, receiveDisposisi, reportDisposisi } from "./service";
import { formDataToObject } from "@/lib/validation";
import { disposisiReportSchema } from "../schema";

function refresh() {
  revalidatePath("/sekretariat/disposisi");
  revalidatePath("/portal/disposisi");
  revalidatePath("/sekretariat/surat/masuk", "layout");
  revalidatePath("/portal/disposisi", "layout");
}

export const receiveDisposisiAction = boundFormAction(
  "letter.disposisi.receive",
  z.object({}),
  async (id, _input, actor) => {
    const r = await receiveDisposisi(actor, id);
    refresh();
    return {
      status: "success",
      message: r.alreadyReceived
        ? "Disposisi ini sudah dikonfirmasi sebelumnya."
        : "Penerimaan disposisi dikonfirmasi.",
    };
  },
);

export const reportDisposisiAction = boundFormAction(
  "letter.disposisi.receive",
  disposisiReportSchema,
  async (id, _input, actor, fd) => {
    const input = formDataToObject(fd);
    const r = await reportDisposisi(actor, id, input);
    refresh();
    const done = r.letterStatus === "selesai" ? " Semua cabang disposisi telah ditutup: surat selesai." : "";
    return {
      status: "success",
      message: `${r.closed ? "Laporan tersimpan dan cabang disposisi ditutup." : "Laporan tindak lanjut tersimpan."}${done}`,
    };
  },
);

export const forwardDisposisiAction = boundFormAction(
  "letter.disposisi.receive",
  z.object({ payload: z.string({ error: "Data formulir tidak valid." }) }),
  async (id, input, actor) => {
    const ids = await forwardDisposisi(actor, id, jsonPayload(input.payload));
    refresh();
    return { status: "success", message: `Disposisi diteruskan ke ${ids.length} penerima.` };
  },
);
