import { headers } from "next/headers";
import { Alert } from "@/components/ui/alert";
import { checkLookupLimit } from "@/lib/antispam/service";
import { trackAspiration } from "@/lib/aspirations/public";
import { db } from "@/lib/db";
import { isAppError, type AppError } from "@/lib/errors";
import { clientIpFromHeaders } from "@/lib/http/ip";
import { POKIR_STATUS_LABELS } from "@/lib/pokir/constants";
import { pokirFromAspiration } from "@/lib/pokir/read";
import { normalizeTrackingCode } from "@/lib/tracking/code";
import { TrackingView } from "./tracking-view";

/** /lacak for ASP- codes (the single entry point the merger dispatches to). */
export async function AspirationTracking({ code }: { code: string }) {
  let result: Awaited<ReturnType<typeof trackAspiration>> | AppError;
  try {
    await checkLookupLimit(db, clientIpFromHeaders(await headers()));
    result = await trackAspiration(db, code);
  } catch (e) {
    if (!isAppError(e)) throw e;
    result = e;
  }
  if (!isAppError(result)) {
    const pokir = await pokirFromAspiration(db, { aspirationCode: normalizeTrackingCode(code) ?? "" });
    return (
      <>
        <TrackingView t={result} />
        {pokir.length ? (
          <Alert tone="info" title="Aspirasi ini menjadi usulan pokok-pokok pikiran DPRD">
            <ul>
              {pokir.map((p) => (
                <li key={p.trackingCode}>
                  <a className="font-mono underline" href={`/lacak?kode=${p.trackingCode}`}>{p.trackingCode}</a> — {POKIR_STATUS_LABELS[p.status]}
                </li>
              ))}
            </ul>
          </Alert>
        ) : null}
      </>
    );
  }
  return (
    <Alert tone="warning" title={result.status === 404 ? "Kode lacak tidak ditemukan" : "Belum dapat menampilkan"}>
      {result.status === 404 ? "Periksa kembali kode Anda (contoh: ASP-7KX9-Q2MD)." : result.message}
    </Alert>
  );
}
