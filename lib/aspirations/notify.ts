import "server-only";
import { contactMessages, notifyContact, type OutgoingMessage } from "@/lib/outbox/service";
import { db, type Db } from "@/lib/db";
import { appUrl } from "./url";
import { STATUS_LABELS, type AspirationStatus } from "./constants";

interface Contact {
  id: string;
  trackingCode: string;
  reporterEmail: string | null;
  reporterPhone: string | null;
  isAnonymous: boolean;
}

/**
 * Tell the citizen about a public change, in the transaction of the change. Anonymous reporters
 * left no contact, so nothing is queued for them (they follow the code on /lacak).
 */
export async function notifyCitizen(
  a: Contact,
  what: { status?: AspirationStatus; publicNote?: string | null; kind: "submitted" | "update" },
  tx: Db = db,
): Promise<number> {
  const notice = citizenNotice(a, what);
  return notice ? notifyContact(notice.contact, notice.msg, tx) : 0;
}

/** The outbox messages of notifyCitizen, for a caller that inserts them within a larger statement. */
export function citizenMessages(a: Contact, what: Parameters<typeof notifyCitizen>[1]): OutgoingMessage[] {
  const notice = citizenNotice(a, what);
  return notice ? contactMessages(notice.contact, notice.msg) : [];
}

function citizenNotice(a: Contact, what: Parameters<typeof notifyCitizen>[1]) {
  if (a.isAnonymous || (!a.reporterEmail && !a.reporterPhone)) return null;
  const link = `${appUrl()}/lacak?kode=${a.trackingCode}`;
  const subject =
    what.kind === "submitted"
      ? `Aspirasi Anda diterima — kode ${a.trackingCode}`
      : `Perkembangan aspirasi ${a.trackingCode}${what.status ? `: ${STATUS_LABELS[what.status]}` : ""}`;
  const lines =
    what.kind === "submitted"
      ? [
          `Terima kasih. Aspirasi Anda telah diterima Sekretariat DPRD Kota Balikpapan dengan kode lacak ${a.trackingCode}.`,
          `Simpan kode ini untuk melacak tindak lanjutnya: ${link}`,
        ]
      : [
          what.status
            ? `Status aspirasi ${a.trackingCode} kini: ${STATUS_LABELS[what.status]}.`
            : `Ada tanggapan baru untuk aspirasi ${a.trackingCode}.`,
          ...(what.publicNote ? ["", what.publicNote] : []),
          "",
          `Lihat selengkapnya: ${link}`,
        ];
  return {
    contact: { email: a.reporterEmail, phone: a.reporterPhone },
    msg: { subject, body: lines.join("\n"), relatedType: "aspiration", relatedId: a.id },
  };
}
