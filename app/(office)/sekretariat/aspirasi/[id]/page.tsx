import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionCard } from "@/components/aspirations/action-card";
import { DetailView } from "@/components/aspirations/detail-view";
import { CheckboxField, FormFieldErrorList, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import {
  editAspirationAction,
  mergeAspirationAction,
  noteAspirationAction,
  redirectAspirationAction,
  rejectAspirationAction,
  statusAspirationAction,
  verifyAspirationAction,
} from "@/lib/aspirations/actions";
import { EXTERNAL_AGENCIES, nextStatuses, type AspirationStatus } from "@/lib/aspirations/constants";
import { formOptions } from "@/lib/aspirations/options";
import { aspirationDetail } from "@/lib/aspirations/staff";
import { mergeSuggestions } from "@/lib/aspirations/workflow";
import { requirePageActor } from "@/lib/auth/page";
import { isAppError } from "@/lib/errors";

export const metadata: Metadata = { title: "Aspirasi" };

export default async function StaffDetailPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ digabung?: string; baru?: string }>;
}) {
  const actor = await requirePageActor("aspiration.triage");
  const { id } = await params;
  const sp = await searchParams;
  const d = await aspirationDetail(actor, id).catch((e) => {
    if (isAppError(e) && e.status === 404) notFound();
    throw e;
  });
  const [opts, suggestions] = await Promise.all([formOptions(), mergeSuggestions(actor, id)]);
  const a = d.aspiration;
  const status = a.status as AspirationStatus;
  const next = nextStatuses(status);
  const kelOptions = opts.kelurahan.map((k) => ({
    value: String(k.id),
    label: `${k.name} (${opts.kecamatan.find((c) => c.id === k.kecamatanId)?.name ?? ""})`,
  }));
  const catOptions = opts.categories.map((c) => ({ value: String(c.id), label: c.name }));
  return (
    <div className="space-y-6">
      <p>
        <Link href="/sekretariat/aspirasi">← Kembali ke antrean</Link>
      </p>
      {sp.digabung ? <Alert tone="success">Duplikat digabung ke aspirasi ini.</Alert> : null}
      {sp.baru ? <Alert tone="success">Aspirasi tercatat. Kode lacak: {a.trackingCode}</Alert> : null}
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <DetailView d={d} />
        <div className="space-y-4">
          {next.includes("diverifikasi") ? (
            <ActionCard
              action={verifyAspirationAction.bind(null, id)}
              title="Verifikasi dan teruskan"
              submitLabel="Verifikasi"
            >
              <SelectField
                id="v-category"
                name="category"
                label="Kategori"
                options={catOptions}
                defaultValue={String(a.categoryId)}
              />
              <SelectField
                id="v-kel"
                name="kelurahan"
                label="Kelurahan"
                placeholder="(tetap / seluruh kota)"
                options={kelOptions}
                defaultValue={a.kelurahanId ? String(a.kelurahanId) : ""}
              />
              <CheckboxField
                id="v-dapil"
                name="routeDapil"
                label="Teruskan ke anggota DPRD dapil lokasi"
                defaultChecked={Boolean(a.kelurahanId)}
              />
              <SelectField
                id="v-komisi"
                name="komisi"
                label="Teruskan ke komisi"
                placeholder="(tidak ke komisi)"
                options={opts.komisi.map((k) => ({ value: String(k.id), label: k.name }))}
              />
              <TextAreaField
                rows={3}
                maxLength={5000}
                id="v-public"
                name="publicNote"
                label="Jawaban publik (opsional)"
                hint="Terlihat oleh pelapor di halaman lacak dan dikirim ke kontaknya."
              />
              <TextAreaField
                rows={3}
                maxLength={5000}
                id="v-internal"
                name="internalNote"
                label="Catatan internal (opsional)"
              />
            </ActionCard>
          ) : (
            <ActionCard action={editAspirationAction.bind(null, id)} title="Ubah kategori/wilayah" submitLabel="Simpan">
              <SelectField
                id="e-category"
                name="category"
                label="Kategori"
                options={catOptions}
                defaultValue={String(a.categoryId)}
              />
              <SelectField
                id="e-kel"
                name="kelurahan"
                label="Kelurahan"
                placeholder="(tetap)"
                options={kelOptions}
                defaultValue={a.kelurahanId ? String(a.kelurahanId) : ""}
              />
              <TextAreaField
                rows={3}
                maxLength={5000}
                id="e-internal"
                name="internalNote"
                label="Catatan internal (opsional)"
              />
            </ActionCard>
          )}
          {next.includes("ditindaklanjuti") || next.includes("selesai") ? (
            <ActionCard action={statusAspirationAction.bind(null, id)} title="Ubah status" submitLabel="Simpan status">
              <SelectField
                id="s-status"
                name="status"
                label="Status baru"
                options={next
                  .filter((s) => s === "ditindaklanjuti" || s === "selesai")
                  .map((s) => ({ value: s, label: s === "selesai" ? "Selesai" : "Ditindaklanjuti" }))}
              />
              <TextAreaField
                rows={3}
                maxLength={5000}
                id="s-public"
                name="publicNote"
                label="Jawaban publik (opsional)"
              />
              <TextAreaField
                rows={3}
                maxLength={5000}
                id="s-internal"
                name="internalNote"
                label="Catatan internal (opsional)"
              />
            </ActionCard>
          ) : null}
          <ActionCard action={noteAspirationAction.bind(null, id)} title="Jawaban atau catatan" submitLabel="Simpan">
            <TextAreaField
              rows={3}
              maxLength={5000}
              id="n-public"
              name="publicNote"
              label="Jawaban publik"
              hint="Dikirim ke kontak pelapor."
            />
            <TextAreaField rows={3} maxLength={5000} id="n-internal" name="internalNote" label="Catatan internal" />
          </ActionCard>
          {next.includes("digabung") ? (
            <ActionCard
              action={mergeAspirationAction.bind(null, id)}
              title="Gabungkan duplikat"
              submitLabel="Gabungkan"
              confirm="Aspirasi ini akan berstatus digabung dan pelapor diarahkan ke kode tujuan."
            >
              {suggestions.length ? (
                <fieldset>
                  <legend className="text-sm font-semibold">Saran (judul mirip)</legend>
                  {suggestions.map((s) => (
                    <div key={s.id} className="flex items-center gap-2 text-sm">
                      <input
                        type="radio"
                        id={`m-${s.id}`}
                        name="target"
                        value={s.trackingCode}
                        className="accent-brand-700"
                      />
                      <label htmlFor={`m-${s.id}`}>
                        {s.trackingCode} — {s.title} ({Math.round(s.similarity * 100)}%)
                      </label>
                    </div>
                  ))}
                  <FormFieldErrorList id="m-target-error" name="target" />
                </fieldset>
              ) : (
                <TextField
                  maxLength={200}
                  id="m-target"
                  name="target"
                  label="Kode aspirasi tujuan"
                  placeholder="ASP-XXXX-XXXX"
                />
              )}
            </ActionCard>
          ) : null}
          {next.includes("ditolak") ? (
            <ActionCard
              action={rejectAspirationAction.bind(null, id)}
              title="Tolak"
              submitLabel="Tolak aspirasi"
              confirm="Pelapor akan menerima alasan penolakan."
            >
              <TextAreaField
                rows={3}
                maxLength={5000}
                id="r-reason"
                name="reason"
                label="Alasan penolakan (publik)"
                required
              />
            </ActionCard>
          ) : null}
          {next.includes("dialihkan") ? (
            <ActionCard
              action={redirectAspirationAction.bind(null, id)}
              title="Alihkan ke instansi lain"
              submitLabel="Alihkan"
              confirm="Aspirasi ditutup di SIAP dan pelapor diberi tahu instansi tujuannya."
            >
              <SelectField
                id="d-agency"
                name="agency"
                label="Instansi tujuan"
                options={EXTERNAL_AGENCIES.map((x) => ({ value: x, label: x }))}
              />
              <TextField maxLength={200} id="d-detail" name="agencyDetail" label="Nama instansi/OPD (opsional)" />
              <TextAreaField rows={3} maxLength={5000} id="d-reason" name="reason" label="Alasan (publik)" required />
            </ActionCard>
          ) : null}
        </div>
      </div>
    </div>
  );
}
