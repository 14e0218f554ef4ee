"use client";

import type { UseFieldArrayReturn } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { QUORUM_DESCRIPTIONS, QUORUM_RULES } from "@/lib/minutes/quorum";
import type { MeetingInput } from "@/lib/minutes/schema";
import type { MeetingField } from "./use-meeting-form";

export type Option = { id: string | number; name: string };
export type TypeOption = {
  id: number;
  name: string;
  defaultNature: "terbuka" | "tertutup";
  defaultQuorumRule: MeetingInput["quorumRule"];
};

const toOptions = (xs: Option[]) => xs.map((x) => ({ value: String(x.id), label: x.name }));

/** Type, title, nature, quorum rule, date and times, place, chair and secretary. */
export function MeetingDetails(props: {
  field: MeetingField;
  types: TypeOption[];
  members: Option[];
  staff: Option[];
  onType: (typeId: string) => void;
}) {
  const { field, types, members, staff, onType } = props;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <SelectField
        label="Jenis rapat"
        placeholder="Pilih jenis rapat"
        options={toOptions(types)}
        {...field("typeId")}
        onChange={(ev) => onType(ev.target.value)}
      />
      <TextField label="Judul rapat" maxLength={200} {...field("title")} />
      <SelectField
        label="Sifat rapat"
        hint="Risalah rapat terbuka diterbitkan untuk publik; rapat tertutup tidak."
        options={[
          { value: "terbuka", label: "Terbuka" },
          { value: "tertutup", label: "Tertutup" },
        ]}
        {...field("nature")}
      />
      <SelectField
        label="Aturan kuorum (UU 23/2014 ps. 183)"
        options={QUORUM_RULES.map((r) => ({ value: r, label: QUORUM_DESCRIPTIONS[r] }))}
        {...field("quorumRule")}
      />
      <TextField label="Tanggal" type="date" {...field("date")} />
      <div className="grid grid-cols-2 gap-3">
        <TextField label="Jam mulai" type="time" {...field("startTime")} />
        <TextField label="Jam selesai" type="time" {...field("endTime")} />
      </div>
      <TextField label="Tempat" maxLength={200} {...field("place")} />
      <SelectField
        label="Ketua rapat (anggota DPRD)"
        placeholder="Pilih ketua rapat"
        options={toOptions(members)}
        {...field("chairId")}
      />
      <SelectField
        label="Sekretaris rapat (staf Sekretariat)"
        placeholder="Pilih sekretaris rapat"
        options={toOptions(staff)}
        {...field("secretaryId")}
      />
    </div>
  );
}

/** The agenda items: at least one, each removable while more than one is left. */
export function AgendaFieldset({
  field,
  agenda,
  error,
}: {
  field: MeetingField;
  agenda: UseFieldArrayReturn<MeetingInput, "agenda">;
  error?: string;
}) {
  return (
    <fieldset className="space-y-3 rounded-md border border-slate-200 p-4">
      <legend className="px-1 font-semibold">Acara rapat</legend>
      {error ? <p className="text-sm font-medium text-red-700">{error}</p> : null}
      {agenda.fields.map((f, i) => (
        <div key={f.id} className="flex items-end gap-2">
          <div className="flex-1">
            <TextField label={`Acara ${i + 1}`} maxLength={300} {...field(`agenda.${i}.title`)} />
          </div>
          <Button
            variant="ghost"
            onClick={() => agenda.remove(i)}
            disabled={agenda.fields.length <= 1}
            aria-label={`Hapus acara ${i + 1}`}
          >
            Hapus
          </Button>
        </div>
      ))}
      <Button variant="secondary" onClick={() => agenda.append({ title: "" })}>
        Tambah acara
      </Button>
    </fieldset>
  );
}

/** The invited guests (name, institution, optional role). */
export function GuestsFieldset({
  field,
  guests,
}: {
  field: MeetingField;
  guests: UseFieldArrayReturn<MeetingInput, "guests">;
}) {
  return (
    <fieldset className="space-y-3 rounded-md border border-slate-200 p-4">
      <legend className="px-1 font-semibold">Undangan</legend>
      {guests.fields.length === 0 ? <p className="text-sm text-slate-600">Belum ada undangan.</p> : null}
      {guests.fields.map((f, i) => (
        <div key={f.id} className="grid gap-2 rounded-md bg-slate-50 p-3 sm:grid-cols-[1fr_1fr_1fr_auto] sm:items-end">
          <TextField label={`Nama undangan ${i + 1}`} maxLength={150} {...field(`guests.${i}.name`)} />
          <TextField label="Instansi" maxLength={200} {...field(`guests.${i}.institution`)} />
          <TextField label="Keterangan (opsional)" maxLength={150} {...field(`guests.${i}.role`)} />
          <Button variant="ghost" onClick={() => guests.remove(i)} aria-label={`Hapus undangan ${i + 1}`}>
            Hapus
          </Button>
        </div>
      ))}
      <Button variant="secondary" onClick={() => guests.append({ name: "", institution: "", role: "" })}>
        Tambah undangan
      </Button>
    </fieldset>
  );
}
