import { ActionForm } from "@/components/epaper/action-form";
import { TextField } from "@/components/ui/field";
import { fileLimitHint, formatBytes } from "@/lib/attachments/limits";
import type { FormState } from "@/lib/http/form-state";

type Action = (prev: FormState, fd: FormData) => Promise<FormState>;

/** The files attached to a letter; while it is a draft its editor can add and remove them. */
export function LetterFiles({
  files,
  add,
  remove,
}: {
  files: { id: string; fileName: string; size: number }[];
  add?: Action;
  remove?: Action;
}) {
  return (
    <section aria-labelledby="files-title" className="space-y-3">
      <h2 id="files-title" className="text-lg font-bold">
        Berkas lampiran
      </h2>
      {files.length ? (
        <ul className="divide-y divide-slate-200 text-sm">
          {files.map((f) => (
            <li key={f.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <a href={`/api/v1/lampiran/${f.id}`} target="_blank" rel="noopener" className="underline">
                {f.fileName}
              </a>
              <span className="text-slate-600">{formatBytes(f.size)}</span>
              {remove ? (
                <ActionForm action={remove} submitLabel={`Hapus ${f.fileName}`} variant="danger">
                  <input type="hidden" name="attachmentId" value={f.id} />
                </ActionForm>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">Belum ada berkas lampiran.</p>
      )}
      {add ? (
        <ActionForm action={add} submitLabel="Lampirkan berkas" variant="secondary">
          <TextField
            name="lampiran"
            label="Tambah berkas"
            type="file"
            multiple
            accept="application/pdf,image/jpeg,image/png,image/webp"
            hint={`PDF atau gambar, ${fileLimitHint()}. Berkas dikunci bersama draf setelah diajukan.`}
          />
        </ActionForm>
      ) : null}
    </section>
  );
}
