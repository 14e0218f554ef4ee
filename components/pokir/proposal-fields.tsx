"use client";

import { CheckboxField, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { MAX_FILE_LABEL, MAX_FILES } from "@/lib/attachments/limits";
import type { ChecklistItem } from "@/lib/pokir/checklist";
import { POKIR_PRIORITIES, POKIR_PRIORITY_LABELS } from "@/lib/pokir/constants";
import { LocateButton } from "./locate-button";
import type { ProposalField, ProposalMode } from "./use-proposal-form";

export interface ProposalFormOptions {
  kelurahan: { id: number; name: string; kecamatan: string }[];
  bidang: { id: number; name: string; code: string }[];
  /** Active OPD a citizen may name as the target (public mode only). */
  opd?: { id: number; name: string }[];
}

const legend = "text-lg font-bold";

/** Title, problem, proposed activity, bidang and (public) the target OPD. */
export function ProposalSection({
  field,
  options,
  mode,
}: {
  field: ProposalField;
  options: ProposalFormOptions;
  mode: ProposalMode;
}) {
  return (
    <fieldset className="space-y-4">
      <legend className={legend}>Usulan</legend>
      <TextField
        label="Judul usulan"
        required
        hint="Contoh: Perbaikan drainase Jalan Mawar RT 12"
        {...field("title")}
      />
      <TextAreaField
        label="Permasalahan"
        required
        rows={4}
        hint="Apa masalahnya dan siapa yang terdampak?"
        {...field("masalah")}
      />
      <TextAreaField
        label="Usulan kegiatan"
        required
        rows={4}
        hint="Kegiatan yang diusulkan untuk menyelesaikannya."
        {...field("usulan")}
      />
      <SelectField
        label="Bidang/urusan (bila tahu)"
        placeholder="Belum tahu — ditentukan Sekretariat"
        options={options.bidang.map((b) => ({ value: String(b.id), label: b.name }))}
        {...field("bidangId")}
      />
      {mode === "public" && options.opd ? (
        <SelectField
          label="OPD tujuan (opsional)"
          placeholder="Belum tahu — sesuai bidang atau ditentukan Sekretariat"
          options={options.opd.map((o) => ({ value: String(o.id), label: o.name }))}
          {...field("opdId")}
        />
      ) : null}
    </fieldset>
  );
}

/** Kelurahan, RT/RW, address and coordinates (with "use my location"). */
export function LocationSection({
  field,
  options,
  onLocate,
}: {
  field: ProposalField;
  options: ProposalFormOptions;
  onLocate: (lat: string, lon: string) => void;
}) {
  return (
    <fieldset className="space-y-4">
      <legend className={legend}>Lokasi</legend>
      <SelectField
        label="Kelurahan"
        required
        placeholder="Pilih kelurahan"
        options={options.kelurahan.map((k) => ({ value: String(k.id), label: `${k.name} (Kec. ${k.kecamatan})` }))}
        {...field("kelurahanId")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="RT" required inputMode="numeric" {...field("rt")} />
        <TextField label="RW" inputMode="numeric" {...field("rw")} />
      </div>
      <TextField label="Alamat lokasi" required hint="Nama jalan/gang, nomor atau patokan." {...field("address")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Lintang (opsional)" inputMode="decimal" hint="Contoh: -1.2379" {...field("latitude")} />
        <TextField label="Bujur (opsional)" inputMode="decimal" hint="Contoh: 116.8529" {...field("longitude")} />
      </div>
      <LocateButton onLocate={onLocate} />
    </fieldset>
  );
}

/** Volume, unit, estimated cost, priority and the site photos. */
export function VolumeSection(props: {
  field: ProposalField;
  mode: ProposalMode;
  existingPhotos: number;
  photoErrors?: string[];
  onPhotos: (count: number) => void;
}) {
  const { field, mode, existingPhotos, photoErrors, onPhotos } = props;
  return (
    <fieldset className="space-y-4">
      <legend className={legend}>Volume dan perkiraan anggaran</legend>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Volume" required inputMode="decimal" hint="Angka lebih dari nol." {...field("volume")} />
        <TextField label="Satuan" required hint="Contoh: meter, unit, paket." {...field("unit")} />
      </div>
      <TextField label="Perkiraan anggaran (Rp, opsional)" inputMode="numeric" {...field("estimatedCost")} />
      <SelectField
        label="Prioritas"
        options={POKIR_PRIORITIES.map((p) => ({ value: p, label: POKIR_PRIORITY_LABELS[p] }))}
        {...field("priority")}
      />
      <TextField
        name="photos"
        type="file"
        multiple
        accept="image/jpeg,image/png,image/webp"
        label={`Foto lokasi${mode === "correct" && existingPhotos ? " (tambahan)" : ""}`}
        required={mode !== "correct"}
        hint={`JPG, PNG atau WebP, maks. ${MAX_FILE_LABEL} per foto, paling banyak ${MAX_FILES}. Data lokasi (EXIF/GPS) di dalam foto dihapus.`}
        errors={photoErrors}
        onChange={(e) => onPhotos(e.currentTarget.files?.length ?? 0)}
        className="text-sm"
      />
    </fieldset>
  );
}

/** Who proposes: name and group; in public mode also the contact and the data-processing consent. */
export function ProposerSection({ field, mode }: { field: ProposalField; mode: ProposalMode }) {
  return (
    <fieldset className="space-y-4">
      <legend className={legend}>Pengusul</legend>
      <TextField
        label={mode === "member" ? "Nama pengusul/kelompok warga (opsional)" : "Nama pengusul"}
        required={mode === "public"}
        {...field("proposerName")}
      />
      <TextField
        label="Kelompok/organisasi (opsional)"
        hint="Contoh: Ketua RT 12, Karang Taruna."
        {...field("proposerGroup")}
      />
      {mode === "public" ? (
        <>
          <TextField
            label="Nomor WhatsApp"
            type="tel"
            inputMode="tel"
            hint="Isi WhatsApp atau email: kabar perkembangan usulan dikirim ke sana."
            {...field("proposerPhone")}
          />
          <TextField label="Email" type="email" inputMode="email" {...field("proposerEmail")} />
          <CheckboxField
            label="Saya setuju data pribadi saya diproses Sekretariat DPRD Kota Balikpapan hanya untuk menindaklanjuti usulan ini (UU 27/2022). Identitas saya tidak ditampilkan kepada publik."
            {...field("consent")}
          />
        </>
      ) : null}
    </fieldset>
  );
}

/** The SIPD completeness checklist, updated as the form is filled. */
export function ChecklistBox({ checklist }: { checklist: ChecklistItem[] }) {
  return (
    <section aria-labelledby="checklist-title" className="rounded-md border border-slate-300 bg-slate-50 p-4">
      <h2 id="checklist-title" className="font-bold">
        Kelengkapan untuk SIPD
      </h2>
      <ul className="mt-2 space-y-1 text-sm">
        {checklist.map((c) => (
          <li key={c.key} className={c.ok ? "text-green-800" : "text-slate-800"}>
            <span aria-hidden="true">{c.ok ? "✔" : "○"}</span> {c.label}
            <span className="sr-only">{c.ok ? " — sudah lengkap" : " — belum lengkap"}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
