import "server-only";
import { notifyContact } from "@/lib/outbox/service";
import { db, type Db } from "@/lib/db";
import type { ProposalRow } from "./proposal-store";
import { appUrl } from "@/lib/env";

/** Public tracking URL of a proposal. */
export function trackingUrl(code: string): string {
  return `${appUrl()}/pokir/lacak?kode=${encodeURIComponent(code)}`;
}

/** One-time correction link for a returned proposal. */
export function correctionUrl(code: string, token: string): string {
  return `${appUrl()}/pokir/perbaiki?kode=${encodeURIComponent(code)}&token=${encodeURIComponent(token)}`;
}

/** Tell the proposer (when they left a contact) about a change, in the same transaction. */
export async function notifyProposer(
  p: Pick<ProposalRow, "id" | "trackingCode" | "title" | "proposerEmail" | "proposerPhone">,
  subject: string,
  body: string,
  tx: Db = db,
) {
  if (!p.proposerEmail && !p.proposerPhone) return 0;
  return notifyContact(
    { email: p.proposerEmail, phone: p.proposerPhone },
    {
      subject: `[${p.trackingCode}] ${subject}`,
      body: `Usulan pokir Anda "${p.title}" (kode ${p.trackingCode}).\n\n${body}\n\nPantau di ${trackingUrl(p.trackingCode)}`,
      relatedType: "pokir",
      relatedId: p.id,
    },
    tx,
  );
}
