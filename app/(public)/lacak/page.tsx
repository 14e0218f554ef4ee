import type { Metadata } from "next";
import { AspirationTracking } from "@/components/aspirations/aspiration-tracking";
import { PokirTracking } from "@/components/pokir/pokir-tracking";
import { headers } from "next/headers";
import { Button } from "@/components/ui/button";
import { clientIpFromHeaders } from "@/lib/http/ip";
import { normalizeTrackingCode } from "@/lib/tracking/code";
import { lookupAspiration, lookupPokir, sameForEveryVisitor } from "@/lib/tracking/lookup";
import { NotForPageCache } from "@/components/layout/not-for-page-cache";

export const metadata: Metadata = {
  title: "Lacak aspirasi — Si Dilan",
  description:
    "Lacak status dan tanggapan aspirasi atau usulan pokir Anda kepada DPRD Kota Balikpapan dengan kode lacak.",
};
export const dynamic = "force-dynamic";

export default async function TrackPage({ searchParams }: { searchParams: Promise<{ kode?: string }> }) {
  const raw = (await searchParams).kode;
  const code = typeof raw === "string" ? raw.slice(0, 40) : "";
  // One page for both kinds of code: ASP- (aspirations) and POK- (pokir proposals).
  const isPokir = normalizeTrackingCode(code)?.startsWith("POK-") ?? false;
  const ip = code ? clientIpFromHeaders(await headers()) : null;
  const pokir = code && isPokir ? await lookupPokir(code, ip) : null;
  const aspiration = code && !isPokir ? await lookupAspiration(code, ip) : null;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      {sameForEveryVisitor(pokir ?? aspiration) ? null : <NotForPageCache />}
      <div>
        <h1 className="text-2xl font-bold">Lacak aspirasi</h1>
        <p className="mt-1 text-slate-700">
          Masukkan kode lacak yang Anda terima saat mengirim aspirasi (ASP-…) atau usulan pokir (POK-…).
        </p>
      </div>
      <form method="get" action="/lacak" className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="flex-1">
          <label htmlFor="kode" className="block text-sm font-semibold">
            Kode lacak
          </label>
          <input
            id="kode"
            name="kode"
            defaultValue={code}
            placeholder="ASP-7KX9-Q2MD"
            autoCapitalize="characters"
            autoComplete="off"
            maxLength={40}
            className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 font-mono text-base uppercase"
          />
        </div>
        <Button type="submit">Lacak</Button>
      </form>
      {pokir ? <PokirTracking result={pokir} /> : null}
      {aspiration ? <AspirationTracking result={aspiration} /> : null}
    </div>
  );
}
