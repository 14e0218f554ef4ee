import type { Metadata } from "next";
import { headers } from "next/headers";
import { connection } from "next/server";
import { PokirTracking } from "@/components/pokir/pokir-tracking";
import { Alert } from "@/components/ui/alert";
import { clientIpFromHeaders } from "@/lib/http/ip";
import { lookupPokir } from "@/lib/tracking/lookup";

export const metadata: Metadata = {
  title: "Lacak Usulan Pokir",
  description: "Pantau status usulan pokir Anda dengan kode lacak POK-.",
};

export default async function TrackPokirPage({
  searchParams,
}: {
  searchParams: Promise<{ kode?: string; diperbaiki?: string }>;
}) {
  await connection();
  const sp = await searchParams;
  const code = (sp.kode ?? "").slice(0, 40);
  const result = code ? await lookupPokir(code, clientIpFromHeaders(await headers())) : null;
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold">Lacak usulan pokir</h1>
      <form className="flex flex-wrap items-end gap-3" role="search" aria-label="Lacak usulan pokir">
        <div>
          <label htmlFor="kode" className="block text-sm font-semibold">
            Kode lacak
          </label>
          <input
            id="kode"
            name="kode"
            defaultValue={code}
            placeholder="POK-XXXX-XXXX"
            maxLength={20}
            className="mt-1 rounded-md border border-slate-400 px-3 py-2"
          />
        </div>
        <button className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">Lacak</button>
      </form>
      {sp.diperbaiki ? <Alert tone="success">Perbaikan Anda tersimpan dan menunggu verifikasi ulang.</Alert> : null}
      {result ? <PokirTracking result={result} /> : null}
    </div>
  );
}
