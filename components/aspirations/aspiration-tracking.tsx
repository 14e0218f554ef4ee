import { headers } from "next/headers";
import { Alert } from "@/components/ui/alert";
import { trackLimit } from "@/lib/antispam/config";
import { checkIpRateLimit } from "@/lib/antispam/service";
import { trackAspiration } from "@/lib/aspirations/public";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { clientIpFromHeaders } from "@/lib/http/ip";
import { TrackingView } from "./tracking-view";

/** /lacak for ASP- codes (the single entry point the merger dispatches to). */
export async function AspirationTracking({ code }: { code: string }) {
  try {
    await checkIpRateLimit(db, clientIpFromHeaders(await headers()), "lacak", trackLimit());
    return <TrackingView t={await trackAspiration(db, code)} />;
  } catch (e) {
    if (!isAppError(e)) throw e;
    return (
      <Alert tone="warning" title={e.status === 404 ? "Kode lacak tidak ditemukan" : "Belum dapat menampilkan"}>
        {e.status === 404 ? "Periksa kembali kode Anda (contoh: ASP-7KX9-Q2MD)." : e.message}
      </Alert>
    );
  }
}
