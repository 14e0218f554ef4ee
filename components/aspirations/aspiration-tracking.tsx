import { Alert } from "@/components/ui/alert";
import { POKIR_STATUS_LABELS } from "@/lib/pokir/constants";
import type { AspirationLookup } from "@/lib/tracking/lookup";
import { TrackingView } from "./tracking-view";

/** /lacak for ASP- codes: renders what `lookupAspiration` (lib/tracking/lookup.ts) loaded. */
export function AspirationTracking({ result }: { result: AspirationLookup }) {
  if (result.ok) {
    const { pokir } = result;
    return (
      <>
        <TrackingView t={result.tracking} />
        {pokir.length ? (
          <Alert tone="info" title="Aspirasi ini menjadi usulan pokok-pokok pikiran DPRD">
            <ul>
              {pokir.map((p) => (
                <li key={p.trackingCode}>
                  <a className="font-mono underline" href={`/lacak?kode=${p.trackingCode}`}>
                    {p.trackingCode}
                  </a>{" "}
                  — {POKIR_STATUS_LABELS[p.status]}
                </li>
              ))}
            </ul>
          </Alert>
        ) : null}
      </>
    );
  }
  const error = result.error;
  return (
    <Alert tone="warning" title={error.status === 404 ? "Kode lacak tidak ditemukan" : "Belum dapat menampilkan"}>
      {error.status === 404 ? "Periksa kembali kode Anda (contoh: ASP-7KX9-Q2MD)." : error.message}
    </Alert>
  );
}
