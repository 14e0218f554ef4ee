"use client";

import { Card } from "@/components/ui/misc";
import {
  adoptPokirAction,
  attachResesAction,
  endorsePokirAction,
  notePokirAction,
  releasePokirAction,
} from "@/lib/pokir/actions";
import { ActionForm } from "./action-form";

const input = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2";

/** What a member of the dapil can do with a pokir: adopt or release, endorse, note, link to a reses. */
export function MemberPokirActions(props: {
  id: string;
  status: string;
  mine: boolean;
  adopter: string | null;
  endorsed: boolean;
  endorsers: string[];
  locked: boolean;
  reses: { id: string; label: string }[];
  resesId: string | null;
}) {
  const { id, status, mine, locked } = props;
  return (
    <Card className="space-y-4">
      <h2 className="text-lg font-bold">Tindakan</h2>
      {locked ? <p className="text-sm">Daftar pokir periode ini sudah difinalisasi dan dikunci.</p> : null}
      {props.endorsers.length ? <p className="text-sm">Didukung oleh: {props.endorsers.join(", ")}</p> : null}
      <div className="flex flex-wrap gap-4">
        {!locked && status === "diverifikasi" ? (
          <ActionForm action={adoptPokirAction.bind(null, id)} label="Adopsi menjadi pokir saya" />
        ) : null}
        {!locked && mine && status === "diadopsi" ? (
          <ActionForm
            action={releasePokirAction.bind(null, id)}
            label="Lepas adopsi"
            variant="secondary"
            confirm={{
              title: "Lepas adopsi?",
              description: "Usulan kembali terbuka untuk diadopsi anggota lain di dapil Anda.",
            }}
          />
        ) : null}
        {!locked && !mine && !props.endorsed && ["diverifikasi", "diadopsi"].includes(status) ? (
          <ActionForm action={endorsePokirAction.bind(null, id)} label="Dukung usulan ini" variant="secondary" />
        ) : null}
        {props.endorsed ? <p className="text-sm">Anda sudah mendukung usulan ini.</p> : null}
      </div>
      {mine && props.reses.length ? (
        <ActionForm action={attachResesAction.bind(null, id)} label="Tautkan ke reses" variant="secondary">
          {(s) => (
            <div>
              <label htmlFor="resesId" className="block text-sm font-semibold">
                Catatan reses
              </label>
              <select
                id="resesId"
                name="resesId"
                defaultValue={props.resesId ?? ""}
                className={input}
                aria-describedby={s.fieldErrors?.resesId ? "resesId-error" : undefined}
              >
                <option value="">Pilih reses</option>
                {props.reses.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.label}
                  </option>
                ))}
              </select>
              {s.fieldErrors?.resesId ? (
                <p id="resesId-error" className="text-sm text-red-700">
                  {s.fieldErrors.resesId[0]}
                </p>
              ) : null}
            </div>
          )}
        </ActionForm>
      ) : null}
      <ActionForm action={notePokirAction.bind(null, id)} label="Simpan catatan" variant="secondary">
        {(s) => (
          <div>
            <label htmlFor="note" className="block text-sm font-semibold">
              Catatan internal
            </label>
            <textarea
              id="note"
              name="note"
              rows={2}
              className={input}
              aria-describedby={s.fieldErrors?.note ? "note-error" : undefined}
            />
            {s.fieldErrors?.note ? (
              <p id="note-error" className="text-sm text-red-700">
                {s.fieldErrors.note[0]}
              </p>
            ) : null}
          </div>
        )}
      </ActionForm>
    </Card>
  );
}
