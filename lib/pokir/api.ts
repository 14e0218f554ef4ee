import type { z } from "zod";
import { filesFromJsonBody } from "@/lib/attachments/json-files";
import type { IncomingFile } from "@/lib/attachments/service";
import type { pokirProposalSchema, pokirSubmittedSchema, pokirTrackingSchema } from "./api-schema";
import type { getProposalForMember, getProposalForStaff, PublicTracking } from "./read";

/** Split a JSON body into proposal fields and decoded photos (`photos: [{ name, contentBase64 }]`); JSON numbers and booleans stay, nested objects become text. */
export function photosFromBody(body: unknown): { fields: Record<string, unknown>; files: IncomingFile[] } {
  return filesFromJsonBody(body, "photos", { flattenObjects: true });
}

/** The answer to a new public proposal; `url` is also its Location. */
export function pokirSubmittedDto(r: { trackingCode: string }): z.output<typeof pokirSubmittedSchema> {
  return { trackingCode: r.trackingCode, url: `/api/v1/pokir/${r.trackingCode}` };
}

/** The API view of the public tracking page: public notes only, no identity. */
export function pokirTrackingDto(t: PublicTracking): z.output<typeof pokirTrackingSchema> {
  return {
    trackingCode: t.trackingCode,
    title: t.title,
    status: t.status,
    statusReason: t.statusReason,
    outcomeReason: t.outcomeReason,
    kelurahan: t.kelurahan,
    kecamatan: t.kecamatan,
    periodName: t.periodName,
    adopterName: t.adopterName,
    createdAt: t.createdAt,
    timeline: t.timeline.map((e) => ({
      at: e.at,
      kind: e.kind,
      from: e.from,
      to: e.to,
      publicNote: e.publicNote,
      internalNote: null,
      actor: null,
    })),
  };
}

type FullProposal = Awaited<ReturnType<typeof getProposalForStaff | typeof getProposalForMember>>;

/**
 * The full record for staff and the members of its dapil, as the services read it (they decide what
 * a member may not see), with download links for the photos.
 */
export function pokirProposalDto(p: FullProposal): z.output<typeof pokirProposalSchema> {
  const { photos, ...rest } = p;
  return { ...rest, photos: photos.map((f) => ({ ...f, url: `/api/v1/lampiran/${f.id}` })) };
}
