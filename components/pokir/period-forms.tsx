"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/http/form-state";
import { finalizePeriodAction, markSipdAction, savePeriodAction } from "@/lib/pokir/actions";
import { ActionForm } from "./action-form";

/** Create a pokir period (admin). */
export function PeriodForm() {
  const [state, action] = useActionState(savePeriodAction, initialFormState);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} className="grid gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <FormMessage status={state.status} message={state.message} />
      </div>
      <TextField
        name="planYear"
        label="Tahun rencana (RKPD)"
        type="number"
        required
        defaultValue={v.planYear}
        errors={e.planYear}
      />
      <TextField
        name="name"
        label="Nama periode"
        required
        defaultValue={v.name}
        errors={e.name}
        hint="Contoh: Pokir RKPD 2028"
      />
      <TextField name="opensOn" label="Tanggal buka" type="date" required defaultValue={v.opensOn} errors={e.opensOn} />
      <TextField
        name="closesOn"
        label="Tanggal tutup"
        type="date"
        required
        defaultValue={v.closesOn}
        errors={e.closesOn}
        hint="Paling lambat 7 hari sebelum Musrenbang."
      />
      <TextField
        name="musrenbangOn"
        label="Tanggal Musrenbang RKPD"
        type="date"
        required
        defaultValue={v.musrenbangOn}
        errors={e.musrenbangOn}
      />
      <div className="sm:col-span-2">
        <SubmitButton>Simpan periode</SubmitButton>
      </div>
    </form>
  );
}

/** The finalisation steps of one period. */
export function PeriodSteps({
  id,
  finalized,
  sipd,
  closed,
}: {
  id: number;
  finalized: boolean;
  sipd: boolean;
  closed: boolean;
}) {
  return (
    <div className="flex flex-wrap gap-4">
      {!finalized && closed ? (
        <ActionForm
          action={finalizePeriodAction.bind(null, String(id))}
          label="1. Finalisasi dan kunci daftar anggota"
          confirm={{
            title: "Finalisasi periode?",
            description: "Pokir yang diadopsi dibekukan; anggota tidak dapat lagi mengadopsi, melepas atau mendukung.",
          }}
        />
      ) : null}
      {finalized && !sipd ? (
        <ActionForm
          action={markSipdAction.bind(null, String(id))}
          label="2. Tandai sudah diinput ke SIPD"
          confirm={{
            title: "Tandai input SIPD?",
            description: "Pokir yang sudah di SIPD tidak dapat dihapus dan tanda ini tidak dapat dicabut.",
          }}
        />
      ) : null}
      {sipd ? <p className="text-sm">3. Catat hasil RKPD/APBD pada tiap usulan (status Diinput ke SIPD).</p> : null}
    </div>
  );
}
