import type { Metadata } from "next";
import { InlineForm } from "@/components/reference/inline-form";
import { Card, PageHeader } from "@/components/ui/misc";
import { requirePageActor } from "@/lib/auth/page";
import { formatDate } from "@/lib/format";
import {
  addHolidayAction,
  addKelurahanAction,
  createElectionPeriodAction,
  renameKecamatanAction,
  renameKelurahanAction,
  createBidangAction,
  createFraksiAction,
  createOpdAction,
  createKomisiAction,
  removeHolidayAction,
  updateBidangAction,
  updateDapilAction,
  updateFraksiAction,
  updateKomisiAction,
  updateOpdAction,
} from "@/lib/reference/actions";
import { referenceOverview } from "@/lib/reference/service";

export const metadata: Metadata = { title: "Data referensi" };

export default async function ReferencePage() {
  const actor = await requirePageActor("reference.manage");
  const ref = await referenceOverview(actor);
  const kecOptions = ref.kecamatan.map((k) => ({ value: String(k.id), label: k.name }));
  // Only active OPD may become a default; a retired one stays listed on the bidang that still has it.
  const opdOptions = (current: number | null) => [
    { value: "", label: "— tanpa OPD bawaan —" },
    ...ref.opd
      .filter((o) => o.isActive || o.id === current)
      .map((o) => ({ value: String(o.id), label: o.isActive ? o.name : `${o.name} (tidak aktif)` })),
  ];
  return (
    <div className="space-y-8">
      <PageHeader
        title="Data referensi"
        description="Wilayah, dapil per periode pemilu, komisi, fraksi, OPD dan bidang pokir, serta hari libur. Perubahan berlaku segera dan tercatat di log audit."
      />

      <section aria-labelledby="dapil-h" className="space-y-3">
        <h2 id="dapil-h" className="text-xl font-bold">
          Daerah pemilihan
        </h2>
        <Card>
          <h3 className="mb-3 font-semibold">Periode pemilu baru</h3>
          <InlineForm
            idPrefix="period-new"
            action={createElectionPeriodAction}
            submit="Buat periode"
            fields={[
              { kind: "text", name: "name", label: "Nama periode (mis. 2029-2034)", maxLength: 40 },
              { kind: "date", name: "startsOn", label: "Mulai" },
              { kind: "date", name: "endsOn", label: "Selesai" },
              {
                kind: "select",
                name: "copyFromId",
                label: "Salin dapil dari",
                options: ref.periods.map((p) => ({ value: String(p.id), label: p.name })),
                defaultValue: String((ref.periods.find((p) => p.isActive) ?? ref.periods[0])?.id ?? ""),
              },
            ]}
          />
        </Card>
        {ref.periods.map((p) => (
          <Card key={p.id}>
            <h3 className="mb-3 font-semibold">
              Periode {p.name}
              {p.isActive ? " (aktif)" : ""}
            </h3>
            <div className="space-y-4">
              {ref.dapil
                .filter((d) => d.periodId === p.id)
                .map((d) => (
                  <InlineForm
                    key={d.id}
                    idPrefix={`dapil-${d.id}`}
                    action={updateDapilAction.bind(null, String(d.id))}
                    submit="Simpan"
                    fields={[
                      { kind: "text", name: "name", label: `Dapil ${d.number}`, defaultValue: d.name, maxLength: 60 },
                      { kind: "number", name: "seats", label: "Kursi", defaultValue: d.seats },
                      {
                        kind: "select",
                        name: "kecamatanIds",
                        label: "Kecamatan",
                        options: kecOptions,
                        multiple: true,
                        defaultValues: d.kecamatanIds.map(String),
                      },
                    ]}
                  />
                ))}
            </div>
          </Card>
        ))}
      </section>

      <section aria-labelledby="kel-h" className="space-y-3">
        <h2 id="kel-h" className="text-xl font-bold">
          Kecamatan dan kelurahan
        </h2>
        <Card>
          <ul className="grid gap-3 text-sm sm:grid-cols-2 lg:grid-cols-3">
            {ref.kecamatan.map((k) => (
              <li key={k.id} className="space-y-2">
                <p className="font-semibold">
                  {k.name} <span className="font-normal text-slate-600">({k.code})</span>
                </p>
                <InlineForm
                  idPrefix={`kec-${k.id}`}
                  action={renameKecamatanAction.bind(null, String(k.id))}
                  submit="Ubah nama"
                  fields={[
                    { kind: "text", name: "name", label: "Nama kecamatan", defaultValue: k.name, maxLength: 80 },
                  ]}
                />
                <details>
                  <summary className="cursor-pointer text-slate-700">
                    {k.kelurahan.length} kelurahan — ubah nama
                  </summary>
                  <div className="mt-2 space-y-2">
                    {k.kelurahan.map((l) => (
                      <InlineForm
                        key={l.id}
                        idPrefix={`kel-${l.id}`}
                        action={renameKelurahanAction.bind(null, String(l.id))}
                        submit="Ubah nama"
                        fields={[
                          { kind: "text", name: "name", label: "Nama kelurahan", defaultValue: l.name, maxLength: 80 },
                        ]}
                      />
                    ))}
                  </div>
                </details>
              </li>
            ))}
          </ul>
          <div className="mt-4 border-t border-slate-100 pt-4">
            <InlineForm
              idPrefix="kel-new"
              action={addKelurahanAction}
              submit="Tambah kelurahan"
              fields={[
                { kind: "select", name: "kecamatanId", label: "Kecamatan", options: kecOptions },
                { kind: "text", name: "name", label: "Nama kelurahan baru", maxLength: 80 },
              ]}
            />
          </div>
        </Card>
      </section>

      <section aria-labelledby="komisi-h" className="space-y-3">
        <h2 id="komisi-h" className="text-xl font-bold">
          Komisi
        </h2>
        <Card className="space-y-4">
          {ref.komisi.map((k) => (
            <InlineForm
              key={k.id}
              idPrefix={`komisi-${k.id}`}
              action={updateKomisiAction.bind(null, String(k.id))}
              submit="Simpan"
              fields={[
                { kind: "text", name: "name", label: "Nama", defaultValue: k.name, maxLength: 60 },
                { kind: "text", name: "field", label: "Bidang", defaultValue: k.field, maxLength: 200 },
                { kind: "checkbox", name: "isActive", label: "Aktif", defaultChecked: k.isActive },
              ]}
            />
          ))}
          <InlineForm
            idPrefix="komisi-new"
            action={createKomisiAction}
            submit="Tambah komisi"
            fields={[
              { kind: "text", name: "name", label: "Nama komisi baru", maxLength: 60 },
              { kind: "text", name: "field", label: "Bidang", maxLength: 200 },
              { kind: "checkbox", name: "isActive", label: "Aktif", defaultChecked: true },
            ]}
          />
        </Card>
      </section>

      <section aria-labelledby="fraksi-h" className="space-y-3">
        <h2 id="fraksi-h" className="text-xl font-bold">
          Fraksi
        </h2>
        <Card className="space-y-4">
          {ref.fraksi.map((f) => (
            <InlineForm
              key={f.id}
              idPrefix={`fraksi-${f.id}`}
              action={updateFraksiAction.bind(null, String(f.id))}
              submit="Simpan"
              fields={[
                { kind: "text", name: "name", label: "Nama", defaultValue: f.name, maxLength: 120 },
                { kind: "number", name: "seats", label: "Kursi", defaultValue: f.seats },
                { kind: "checkbox", name: "isActive", label: "Aktif", defaultChecked: f.isActive },
              ]}
            />
          ))}
          <InlineForm
            idPrefix="fraksi-new"
            action={createFraksiAction}
            submit="Tambah fraksi"
            fields={[
              { kind: "text", name: "name", label: "Nama fraksi baru", maxLength: 120 },
              { kind: "number", name: "seats", label: "Kursi", defaultValue: 0 },
              { kind: "checkbox", name: "isActive", label: "Aktif", defaultChecked: true },
            ]}
          />
        </Card>
      </section>

      <section aria-labelledby="opd-h" className="space-y-3">
        <h2 id="opd-h" className="text-xl font-bold">
          OPD penerima pokir
        </h2>
        <p className="text-sm text-slate-700">
          OPD tidak dihapus karena dirujuk usulan; hilangkan centang Aktif agar tidak lagi ditawarkan.
        </p>
        <Card className="space-y-4">
          {ref.opd.map((o) => (
            <InlineForm
              key={o.id}
              idPrefix={`opd-${o.id}`}
              action={updateOpdAction.bind(null, String(o.id))}
              submit="Simpan"
              fields={[
                { kind: "text", name: "code", label: "Kode", defaultValue: o.code, maxLength: 20 },
                { kind: "text", name: "name", label: "Nama OPD", defaultValue: o.name, maxLength: 160 },
                { kind: "checkbox", name: "isActive", label: "Aktif", defaultChecked: o.isActive },
              ]}
            />
          ))}
          <InlineForm
            idPrefix="opd-new"
            action={createOpdAction}
            submit="Tambah OPD"
            fields={[
              { kind: "text", name: "code", label: "Kode OPD baru", maxLength: 20 },
              { kind: "text", name: "name", label: "Nama OPD baru", maxLength: 160 },
              { kind: "checkbox", name: "isActive", label: "Aktif", defaultChecked: true },
            ]}
          />
        </Card>
      </section>

      <section aria-labelledby="bidang-h" className="space-y-3">
        <h2 id="bidang-h" className="text-xl font-bold">
          Bidang/urusan pokir
        </h2>
        <p className="text-sm text-slate-700">OPD bawaan dipakai bila pengusul tidak memilih OPD tujuan.</p>
        <Card className="space-y-4">
          {ref.bidang.map((b) => (
            <InlineForm
              key={b.id}
              idPrefix={`bidang-${b.id}`}
              action={updateBidangAction.bind(null, String(b.id))}
              submit="Simpan"
              fields={[
                { kind: "text", name: "code", label: "Kode", defaultValue: b.code, maxLength: 20 },
                { kind: "text", name: "name", label: "Nama bidang", defaultValue: b.name, maxLength: 160 },
                {
                  kind: "select",
                  name: "defaultOpdId",
                  label: "OPD bawaan",
                  options: opdOptions(b.defaultOpdId),
                  defaultValue: b.defaultOpdId ? String(b.defaultOpdId) : "",
                },
                { kind: "checkbox", name: "isActive", label: "Aktif", defaultChecked: b.isActive },
              ]}
            />
          ))}
          <InlineForm
            idPrefix="bidang-new"
            action={createBidangAction}
            submit="Tambah bidang"
            fields={[
              { kind: "text", name: "code", label: "Kode bidang baru", maxLength: 20 },
              { kind: "text", name: "name", label: "Nama bidang baru", maxLength: 160 },
              {
                kind: "select",
                name: "defaultOpdId",
                label: "OPD bawaan",
                options: opdOptions(null),
                defaultValue: "",
              },
              { kind: "checkbox", name: "isActive", label: "Aktif", defaultChecked: true },
            ]}
          />
        </Card>
      </section>

      <section aria-labelledby="libur-h" className="space-y-3">
        <h2 id="libur-h" className="text-xl font-bold">
          Hari libur dan cuti bersama
        </h2>
        <p className="text-sm text-slate-700">
          Dipakai untuk menghitung hari kerja (batas verifikasi 3 hari kerja, tindak lanjut 5 hari kerja, tenggat
          disposisi).
        </p>
        <Card className="space-y-3">
          <ul className="divide-y divide-slate-100 text-sm">
            {ref.holidays.map((h) => (
              <li key={h.date} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  <strong>{formatDate(h.date)}</strong> — {h.name}
                </span>
                <InlineForm
                  idPrefix={`hol-${h.date}`}
                  action={removeHolidayAction.bind(null, h.date)}
                  submit="Hapus"
                  fields={[]}
                  danger={{
                    title: "Hapus hari libur ini?",
                    description: `${formatDate(h.date)} akan dihitung sebagai hari kerja.`,
                  }}
                />
              </li>
            ))}
          </ul>
          <InlineForm
            idPrefix="hol-new"
            action={addHolidayAction}
            submit="Tambah hari libur"
            fields={[
              { kind: "date", name: "date", label: "Tanggal" },
              { kind: "text", name: "name", label: "Keterangan", maxLength: 120 },
            ]}
          />
        </Card>
      </section>
    </div>
  );
}
