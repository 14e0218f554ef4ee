"use client";

import { Card } from "@/components/ui/misc";
import type { FormState } from "@/lib/http/form-state";
import { classifyPokirAction, mergePokirAction, recordOutcomeAction, rejectPokirAction, returnPokirAction, verifyPokirAction } from "@/lib/pokir/actions";
import { ActionForm } from "./action-form";

const input = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2";

function Err({ s, name }: { s: FormState; name: string }) {
  const e = s.fieldErrors?.[name];
  return e ? (
    <p id={`${name}-err`} className="text-sm text-red-700">
      {e[0]}
    </p>
  ) : null;
}

function Reason({ s, id, label }: { s: FormState; id: string; label: string }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      <textarea id={id} name="reason" rows={2} className={input} aria-describedby={s.fieldErrors?.reason ? "reason-err" : undefined} />
      <Err s={s} name="reason" />
    </div>
  );
}

/** Secretariat actions on one proposal: verify, return, reject, classify, merge, outcome. */
export function StaffPokirActions(props: {
  id: string;
  status: string;
  adopted: boolean;
  bidangId: number | null;
  opdId: number | null;
  options: { bidang: { id: number; name: string }[]; opd: { id: number; name: string }[] };
  suggestions: { id: string; label: string }[];
  canFinalize: boolean;
}) {
  const { id, status } = props;
  const open = ["diajukan", "dikembalikan", "diverifikasi"].includes(status) && !props.adopted;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {status === "diajukan" ? (
        <Card>
          <ActionForm action={verifyPokirAction.bind(null, id)} label="Verifikasi (lengkap)">
            {() => (
              <div>
                <label htmlFor="verify-note" className="block text-sm font-semibold">
                  Catatan internal (opsional)
                </label>
                <input id="verify-note" name="note" className={input} />
              </div>
            )}
          </ActionForm>
        </Card>
      ) : null}
      {open && status !== "dikembalikan" ? (
        <Card>
          <ActionForm action={returnPokirAction.bind(null, id)} label="Kembalikan untuk diperbaiki" variant="secondary">
            {(s) => <Reason s={s} id="return-reason" label="Alasan dikembalikan (dikirim ke pengusul)" />}
          </ActionForm>
        </Card>
      ) : null}
      {open ? (
        <Card>
          <ActionForm action={rejectPokirAction.bind(null, id)} label="Tolak" variant="danger" confirm={{ title: "Tolak usulan?", description: "Usulan yang ditolak tidak dapat diperbaiki." }}>
            {(s) => <Reason s={s} id="reject-reason" label="Alasan penolakan" />}
          </ActionForm>
        </Card>
      ) : null}
      {!["diinput_sipd", "diakomodir", "tidak_diakomodir", "digabung", "ditolak"].includes(status) ? (
        <Card>
          <ActionForm action={classifyPokirAction.bind(null, id)} label="Simpan bidang dan OPD" variant="secondary">
            {(s) => (
              <>
                <div>
                  <label htmlFor="bidangId" className="block text-sm font-semibold">
                    Bidang/urusan
                  </label>
                  <select id="bidangId" name="bidangId" defaultValue={props.bidangId ?? ""} className={input}>
                    <option value="">Belum ditentukan</option>
                    {props.options.bidang.map((b) => (
                      <option key={b.id} value={b.id}>
                        {b.name}
                      </option>
                    ))}
                  </select>
                  <Err s={s} name="bidangId" />
                </div>
                <div>
                  <label htmlFor="opdId" className="block text-sm font-semibold">
                    OPD tujuan
                  </label>
                  <select id="opdId" name="opdId" defaultValue={props.opdId ?? ""} className={input}>
                    <option value="">Sesuai bidang</option>
                    {props.options.opd.map((o) => (
                      <option key={o.id} value={o.id}>
                        {o.name}
                      </option>
                    ))}
                  </select>
                  <Err s={s} name="opdId" />
                </div>
              </>
            )}
          </ActionForm>
        </Card>
      ) : null}
      {open ? (
        <Card>
          <ActionForm action={mergePokirAction.bind(null, id)} label="Gabungkan ke usulan terpilih" variant="secondary" confirm={{ title: "Gabungkan usulan?", description: "Usulan ini menjadi 'digabung' dan tindak lanjutnya mengikuti usulan tujuan." }}>
            {(s) => (
              <div>
                <label htmlFor="targetId" className="block text-sm font-semibold">
                  Kemungkinan duplikat
                </label>
                {props.suggestions.length === 0 ? <p className="text-sm text-slate-700">Tidak ada usulan yang mirip di periode ini.</p> : null}
                <select id="targetId" name="targetId" className={input} aria-describedby={s.fieldErrors?.targetId ? "targetId-err" : undefined}>
                  <option value="">Pilih usulan tujuan</option>
                  {props.suggestions.map((x) => (
                    <option key={x.id} value={x.id}>
                      {x.label}
                    </option>
                  ))}
                </select>
                <Err s={s} name="targetId" />
              </div>
            )}
          </ActionForm>
        </Card>
      ) : null}
      {status === "diinput_sipd" && props.canFinalize ? (
        <Card>
          <ActionForm action={recordOutcomeAction.bind(null, id)} label="Catat hasil RKPD/APBD">
            {(s) => (
              <>
                <fieldset>
                  <legend className="text-sm font-semibold">Hasil</legend>
                  <label className="mr-4">
                    <input type="radio" name="outcome" value="diakomodir" /> Diakomodir
                  </label>
                  <label>
                    <input type="radio" name="outcome" value="tidak_diakomodir" /> Tidak diakomodir
                  </label>
                  <Err s={s} name="outcome" />
                </fieldset>
                <Reason s={s} id="outcome-reason" label="Keterangan (wajib bila tidak diakomodir)" />
              </>
            )}
          </ActionForm>
        </Card>
      ) : null}
    </div>
  );
}
