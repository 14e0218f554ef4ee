import { TextAreaField, TextField } from "@/components/ui/field";
import { NATURE_LABELS, NATURES } from "@/lib/letters/constants";

export interface DraftValues {
  nature: string;
  attachmentsNote: string;
  subject: string;
  recipients: string;
  copies: string;
  body: string;
  classificationCode: string;
  signerId: string;
  signerPosition: string;
}

const selectClass = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2";

/** The tata naskah dinas fields of a draft (used by the new-letter form and the editor). */
export function DraftFields({
  v,
  signers,
  isNew,
}: {
  v: Partial<DraftValues>;
  signers: { id: string; label: string; position: string }[];
  isNew?: boolean;
}) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField name="subject" label="Hal" required defaultValue={v.subject} className="sm:col-span-2" />
      <label className="block text-sm font-medium">
        Sifat
        <select name="nature" defaultValue={v.nature ?? "biasa"} className={selectClass}>
          {NATURES.map((n) => (
            <option key={n} value={n}>
              {NATURE_LABELS[n]}
            </option>
          ))}
        </select>
      </label>
      <TextField
        name="attachmentsNote"
        label="Lampiran"
        hint="Mis. 1 (satu) berkas; kosongkan bila tidak ada."
        defaultValue={v.attachmentsNote}
      />
      <TextField
        name="classificationCode"
        label="Kode klasifikasi"
        required
        defaultValue={v.classificationCode ?? "000.1.5"}
        hint="Kode klasifikasi arsip, mis. 000.1.5"
      />
      <label className="block text-sm font-medium">
        Penanda tangan
        <select name="signerId" defaultValue={v.signerId} required className={selectClass}>
          {signers.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <TextField
        name="signerPosition"
        label="Jabatan pada blok tanda tangan"
        required
        defaultValue={v.signerPosition ?? "Ketua DPRD Kota Balikpapan"}
        className="sm:col-span-2"
      />
      <TextAreaField
        name="recipients"
        label="Tujuan (Yth.)"
        required
        hint="Satu per baris: Nama | e-mail (e-mail boleh kosong: salinan dicetak)."
        defaultValue={v.recipients}
      />
      <TextAreaField name="copies" label="Tembusan" hint="Satu per baris: Nama | e-mail" defaultValue={v.copies} />
      <TextAreaField
        name="body"
        label="Isi surat"
        required={!isNew}
        hint={isNew ? "Kosongkan untuk memakai isi baku jenis surat, lalu sunting di halaman draf." : undefined}
        rows={12}
        defaultValue={v.body}
        className="sm:col-span-2"
      />
    </div>
  );
}
