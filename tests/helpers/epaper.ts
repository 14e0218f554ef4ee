import type { Actor } from "@/lib/auth/roles";
import { decideParaf, submitToChain } from "@/lib/epaper/chain";
import { createFromTemplate } from "@/lib/epaper/drafts";

export const KABAG = "kabag.umum@sidilan.test";
export const SEKWAN = "sekwan@sidilan.test";
export const WAKIL = "anggota02@sidilan.test";

/** A draft invitation for `signer` (by default the Ketua DPRD). */
export async function draftInvitation(staff: Actor, signer: Actor, over: Record<string, unknown> = {}) {
  return createFromTemplate(staff, {
    templateCode: "surat-undangan",
    subject: "Undangan Rapat Uji Coba E-Paper",
    recipients: "Kepala Dinas Pekerjaan Umum Kota Balikpapan | pu@balikpapan.test\nKepala BPBD Kota Balikpapan",
    copies: "Wali Kota Balikpapan | walikota@balikpapan.test",
    classificationCode: "000.1.5",
    signerId: signer.id,
    signerPosition: "Ketua DPRD Kota Balikpapan",
    nature: "penting",
    ...over,
  });
}

/** Draft → submit → Kepala Bagian and Sekretaris DPRD initial it: ready to sign. */
export async function readyToSign(
  staff: Actor,
  kabag: Actor,
  sekwan: Actor,
  signer: Actor,
  over: Record<string, unknown> = {},
) {
  const { id } = await draftInvitation(staff, signer, over);
  await submitToChain(staff, id);
  await decideParaf(kabag, id, { decision: "setuju" });
  await decideParaf(sekwan, id, { decision: "setuju" });
  return id;
}
