"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { boundFormAction, formAction } from "@/lib/http/action";
import { disposeLetter } from "./disposisi/service";
import { formFiles, jsonPayload } from "./form-input";
import { registerIncoming } from "./incoming";
import { archiveIncoming, correctIncoming } from "./incoming-detail";
import { cancelOutgoing, createOutgoingDraft, issueOutgoing, updateOutgoing } from "./outgoing";
import { cancelReservation, reserveNumbers, recordReservedLetter } from "./reservations";
import { formDataToObject } from "@/lib/validation";
import {
  cancelSchema,
  incomingCorrectionSchema,
  incomingLetterSchema,
  outgoingDraftSchema,
  outgoingEditSchema,
  reservationSchema,
  reservedLetterSchema,
} from "./schema";

const payload = z.object({ payload: z.string({ error: "Data formulir tidak valid." }) });

export const registerIncomingAction = formAction("letter.register", incomingLetterSchema, async (_input, actor, fd) => {
  const input = formDataToObject(fd);
  const r = await registerIncoming(actor, input, formFiles(fd, "scans"));
  revalidatePath("/sekretariat/surat/masuk");
  redirect(`/sekretariat/surat/masuk/${r.id}?baru=1`);
});

export const correctIncomingAction = boundFormAction(
  "letter.register",
  incomingCorrectionSchema,
  async (id, _input, actor, fd) => {
    const input = formDataToObject(fd);
    await correctIncoming(actor, id, input, formFiles(fd, "scans"));
    revalidatePath(`/sekretariat/surat/masuk/${id}`);
    redirect(`/sekretariat/surat/masuk/${id}?dikoreksi=1`);
  },
);

export const archiveIncomingAction = boundFormAction("letter.register", z.object({}), async (id, _input, actor) => {
  await archiveIncoming(actor, id);
  revalidatePath(`/sekretariat/surat/masuk/${id}`);
  redirect(`/sekretariat/surat/masuk/${id}?diarsipkan=1`);
});

export const disposeLetterAction = boundFormAction("letter.dispose", payload, async (id, input, actor) => {
  const ids = await disposeLetter(actor, id, jsonPayload(input.payload));
  revalidatePath(`/sekretariat/surat/masuk/${id}`);
  return {
    status: "success",
    message: `Disposisi terkirim ke ${ids.length} penerima. Mereka diberi tahu di aplikasi dan lewat email.`,
  };
});

export const createOutgoingAction = formAction("letter.register", outgoingDraftSchema, async (_input, actor, fd) => {
  const input = formDataToObject(fd);
  const r = await createOutgoingDraft(actor, input, formFiles(fd, "lampiran"));
  revalidatePath("/sekretariat/surat/keluar");
  redirect(`/sekretariat/surat/keluar/${r.id}?baru=1`);
});

export const updateOutgoingAction = boundFormAction(
  "letter.register",
  outgoingEditSchema,
  async (id, _input, actor, fd) => {
    const input = formDataToObject(fd);
    await updateOutgoing(actor, id, input, formFiles(fd, "lampiran"));
    revalidatePath(`/sekretariat/surat/keluar/${id}`);
    redirect(`/sekretariat/surat/keluar/${id}?diubah=1`);
  },
);

export const issueOutgoingAction = boundFormAction("letter.outgoing.issue", z.object({}), async (id, _input, actor) => {
  await issueOutgoing(actor, id);
  revalidatePath(`/sekretariat/surat/keluar/${id}`);
  redirect(`/sekretariat/surat/keluar/${id}?terbit=1`);
});

export const cancelOutgoingAction = boundFormAction(
  "letter.outgoing.issue",
  cancelSchema,
  async (id, _input, actor, fd) => {
    const input = formDataToObject(fd);
    await cancelOutgoing(actor, id, input);
    revalidatePath(`/sekretariat/surat/keluar/${id}`);
    return {
      status: "success",
      message: "Surat dibatalkan. Nomornya (bila sudah terbit) tetap tercatat dan tidak dipakai ulang.",
    };
  },
);

export const reserveNumbersAction = formAction(
  "letter.outgoing.issue",
  reservationSchema,
  async (_input, actor, fd) => {
    const input = formDataToObject(fd);
    const r = await reserveNumbers(actor, input);
    revalidatePath("/sekretariat/surat/keluar/cadangan");
    return {
      status: "success",
      message: `${r.numbers.length} nomor dicadangkan: ${r.numbers.join(", ")}`,
      data: { numbers: r.numbers },
    };
  },
);

export const cancelReservationAction = boundFormAction(
  "letter.outgoing.issue",
  cancelSchema,
  async (id, _input, actor, fd) => {
    const input = formDataToObject(fd);
    await cancelReservation(actor, id, input);
    revalidatePath("/sekretariat/surat/keluar/cadangan");
    return {
      status: "success",
      message: "Nomor cadangan dibatalkan. Nomor ini tetap tercatat dan tidak akan dipakai ulang.",
    };
  },
);

export const recordReservedLetterAction = boundFormAction(
  "letter.outgoing.issue",
  reservedLetterSchema,
  async (id, _input, actor, fd) => {
    const input = formDataToObject(fd);
    const r = await recordReservedLetter(actor, id, input, formFiles(fd, "lampiran"));
    revalidatePath("/sekretariat/surat/keluar/cadangan");
    redirect(`/sekretariat/surat/keluar/${r.letterId}?baru=1`);
  },
);
