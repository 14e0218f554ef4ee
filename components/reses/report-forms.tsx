"use client";

import { ActionForm } from "@/components/pokir/action-form";
import { TextAreaField } from "@/components/ui/field";
import type { FormState } from "@/lib/http/form-state";

type Act = (prev: FormState, fd: FormData) => Promise<FormState>;

/** The member's edit form (summary, follow-up) and the submit button of a draft report. */
export function ReportEditForms({
  save,
  submit,
  summary,
  followUp,
}: {
  save: Act;
  submit: Act;
  summary: string;
  followUp: string;
}) {
  return (
    <div className="space-y-6">
      <ActionForm action={save} label="Simpan laporan">
        {(s) => (
          <>
            <TextAreaField
              name="summary"
              label="Ringkasan tanggapan, aspirasi dan pengaduan"
              rows={6}
              defaultValue={s.values?.summary ?? summary}
            />
            <TextAreaField
              name="followUp"
              label="Tindak lanjut"
              rows={4}
              defaultValue={s.values?.followUp ?? followUp}
            />
          </>
        )}
      </ActionForm>
      <ActionForm
        action={submit}
        label="Serahkan kepada Pimpinan DPRD"
        confirm={{
          title: "Serahkan laporan?",
          description: "Setelah diserahkan, laporan tidak dapat diubah lagi.",
        }}
      />
    </div>
  );
}
