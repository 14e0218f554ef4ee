"use client";

import { formatBytes } from "@/lib/attachments/limits";

/** The pending line of a form with files: what is being sent, so a slow upload does not look stuck. */
export function UploadProgress({ pending, bytes }: { pending: boolean; bytes: number | null }) {
  return (
    <p role="status" aria-live="polite" className="text-sm text-slate-700">
      {pending
        ? bytes && bytes > 200_000
          ? `Mengirim ${formatBytes(bytes)}… Jangan tutup halaman ini.`
          : "Mengirim…"
        : ""}
      {pending ? <progress className="ml-2 h-2 w-32 align-middle" aria-label="Sedang mengirim" /> : null}
    </p>
  );
}
