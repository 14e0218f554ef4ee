import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { trackingDto } from "@/lib/aspirations/api";
import { trackAspiration } from "@/lib/aspirations/public";
import { trackingResponseSchema } from "@/lib/aspirations/api-schema";
import { submitAspiration } from "@/lib/aspirations/submit";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { epaperLetters } from "@/lib/db/schema";
import { apiListSigned } from "@/lib/epaper/api";
import { signLetter } from "@/lib/epaper/sign";
import {
  incomingDto,
  incomingListDto,
  incomingRegisteredDto,
  outgoingDraftCreatedDto,
  outgoingDto,
  outgoingListDto,
} from "@/lib/letters/api";
import {
  incomingDetailSchema,
  incomingListResponseSchema,
  incomingRegisteredSchema,
  outgoingDetailSchema,
  outgoingDraftCreatedSchema,
  outgoingListResponseSchema,
  signedLetterListSchema,
} from "@/lib/letters/api-schema";
import { disposeLetter, receiveDisposisi } from "@/lib/letters/disposisi/service";
import { listIncoming, registerIncoming } from "@/lib/letters/incoming";
import { getIncoming } from "@/lib/letters/incoming-detail";
import { createOutgoingDraft, issueOutgoing } from "@/lib/letters/outgoing";
import { getOutgoing, listOutgoing } from "@/lib/letters/outgoing-read";
import { env } from "@/lib/env";
import { inboxPageDto } from "@/lib/inbox/api";
import { inboxPageSchema } from "@/lib/inbox/api-schema";
import { listInbox } from "@/lib/inbox/service";
import { minutesListDto } from "@/lib/minutes/api";
import { minutesListResponseSchema } from "@/lib/minutes/api-schema";
import { memberFiguresListSchema, memberFiguresSchema } from "@/lib/members/api-schema";
import { allMemberFigures, memberFiguresBySlug } from "@/lib/members/figures";
import { listPublishedMinutes, readDocumentPdf } from "@/lib/minutes/public";
import { publishMinutes } from "@/lib/minutes/workflow-transitions";
import { pokirProposalDto, pokirSubmittedDto, pokirTrackingDto } from "@/lib/pokir/api";
import { pokirProposalSchema, pokirSubmittedSchema, pokirTrackingSchema } from "@/lib/pokir/api-schema";
import { adoptProposal, endorseProposal } from "@/lib/pokir/member";
import { getProposalForMember, getProposalForStaff, trackProposal } from "@/lib/pokir/read";
import { createReses } from "@/lib/pokir/reses";
import { verifyProposal } from "@/lib/pokir/staff";
import { submitPublicProposal } from "@/lib/pokir/submit";
import { verificationResultSchema } from "@/lib/verification/api-schema";
import { verifyUpload } from "@/lib/verification/upload";
import { actorFor, DEMO } from "../helpers/actors";
import { kelurahanOfDapil, submission } from "../helpers/aspirations";
import { KABAG, readyToSign, SEKWAN } from "../helpers/epaper";
import { daysAgo, incomingInput, outgoingInput, tinyPdf } from "../helpers/letters";
import { DEMO_PASSWORD, plenaryWithDraft, signedMinutes } from "../helpers/minutes";
import { kelurahanInDapil, openTestPeriod, photo, proposalInput } from "../helpers/pokir";

/**
 * What the API really sends matches the schema its OpenAPI document is generated from: each body
 * is built by the DTO or service its route handler calls, on real data, sent through JSON as
 * NextResponse.json does, and parsed with the (strict) response schema, so an undeclared field fails.
 */
function wire<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  return schema.parse(JSON.parse(JSON.stringify(body)));
}

let staff: Actor, staff2: Actor, admin: Actor, ketua: Actor, kabag: Actor, sekwan: Actor;

beforeAll(async () => {
  [staff, staff2, admin, ketua, kabag, sekwan] = await Promise.all(
    [DEMO.staff, DEMO.staff2, DEMO.admin, DEMO.ketua, KABAG, SEKWAN].map(actorFor),
  );
});

/** A signed E-Paper letter and its stored PDF. */
async function signedLetter() {
  const id = await readyToSign(staff, kabag, sekwan, ketua, { subject: "Undangan rapat uji skema API" });
  const { code } = await signLetter(ketua, id, { password: DEMO_PASSWORD });
  const [row] = await db.select({ pdf: epaperLetters.pdf }).from(epaperLetters).where(eq(epaperLetters.id, id));
  return { code: code!, pdf: row.pdf! };
}

describe("aspirations (/api/v1/aspirasi)", () => {
  it("the public tracking view", async () => {
    const kel = await kelurahanOfDapil(1);
    const { trackingCode } = await submitAspiration(null, submission({ kelurahan: String(kel.id) }));
    const body = wire(trackingResponseSchema, trackingDto(await trackAspiration(trackingCode)));
    expect(body).toMatchObject({ trackingCode, status: "diterima", createdAt: expect.any(Date) });
    expect(body.timeline.length).toBeGreaterThan(0);
  });
});

describe("letters (/api/v1/surat)", () => {
  it("incoming: the registered answer, a page of the search and one letter with scans and disposisi", async () => {
    const r = await registerIncoming(staff, incomingInput(), [{ name: "pindaian.pdf", data: tinyPdf() }]);
    expect(wire(incomingRegisteredSchema, incomingRegisteredDto(r)).url).toBe(`/api/v1/surat/masuk/${r.id}`);
    const [branch] = await disposeLetter(staff, r.id, {
      fromLabel: "Ketua DPRD",
      recipients: [
        { key: `user:${staff2.id}`, instructions: ["pelajari"], note: "Mohon dipelajari", dueOn: daysAgo(-5) },
      ],
    });
    await receiveDisposisi(staff2, branch);
    const page = wire(incomingListResponseSchema, incomingListDto(await listIncoming(staff, {})));
    expect(page.items.map((i) => i.id)).toContain(r.id);
    const one = wire(incomingDetailSchema, incomingDto(await getIncoming(staff, r.id)));
    expect(one.scans).toHaveLength(1);
    expect(one.disposisi[0]).toMatchObject({ id: branch, status: "diterima", receivedAt: expect.any(Date) });
  });

  it("outgoing: the draft answer, a page of the search and one issued letter replying to an incoming one", async () => {
    const incoming = await registerIncoming(staff, incomingInput());
    const draft = await createOutgoingDraft(staff, outgoingInput({ replyToAgenda: incoming.agendaNumber }), [
      { name: "lampiran.pdf", data: tinyPdf() },
    ]);
    expect(wire(outgoingDraftCreatedSchema, outgoingDraftCreatedDto(draft)).status).toBe("draf");
    await issueOutgoing(admin, draft.id);
    const page = wire(outgoingListResponseSchema, outgoingListDto(await listOutgoing(staff, {})));
    expect(page.items.map((i) => i.id)).toContain(draft.id);
    const one = wire(outgoingDetailSchema, outgoingDto(await getOutgoing(staff, draft.id)));
    expect(one).toMatchObject({ number: expect.any(String), replyTo: { id: incoming.id }, issuedAt: expect.any(Date) });
    expect(one.attachments).toHaveLength(1);
  });

  it("E-Paper: the signed letters (status=ditandatangani)", async () => {
    const { code } = await signedLetter();
    const body = wire(signedLetterListSchema, { items: await apiListSigned(staff) });
    expect(body.items.map((l) => l.verificationCode)).toContain(code);
  });
});

describe("minutes (/api/v1/risalah, /api/v1/verifikasi)", () => {
  let code: string;
  let pdf: Buffer;

  beforeAll(async () => {
    const id = await plenaryWithDraft(staff, ketua, staff2, { title: "Rapat Paripurna Uji Skema API" });
    await signedMinutes(id, staff, ketua, staff2);
    await publishMinutes(staff, id);
    const page = await listPublishedMinutes(null, {});
    code = page.items[0].code;
    pdf = (await readDocumentPdf(null, code)).data;
  });

  it("the public list of published minutes", async () => {
    const page = await listPublishedMinutes(null, {});
    const body = wire(minutesListResponseSchema, minutesListDto(page, env().APP_URL));
    expect(body.items.map((i) => i.code)).toContain(code);
  });

  it("the verification result for minutes, for a signed letter and for a file that matches nothing", async () => {
    const minutes = wire(verificationResultSchema, await verifyUpload(null, { file: pdf, code }));
    expect(minutes).toMatchObject({ verdict: "asli", kind: "risalah", document: { code }, letter: null });
    expect(minutes.document!.signatures).toHaveLength(2);
    const letter = await signedLetter();
    const signed = wire(verificationResultSchema, await verifyUpload(null, { file: letter.pdf }));
    expect(signed).toMatchObject({ verdict: "asli", kind: "surat", letter: { code: letter.code }, document: null });
    const tampered = Buffer.from(pdf);
    tampered[1200] ^= 0x01;
    const none = wire(verificationResultSchema, await verifyUpload(null, { file: tampered }));
    expect(none).toMatchObject({ verdict: "tidak_cocok", kind: null });
    expect(none.signatures.some((s) => !s.valid && typeof s.reason === "string")).toBe(true);
  });
});

describe("pokir (/api/v1/pokir)", () => {
  let id: string, code: string;
  let m1: Actor;

  beforeAll(async () => {
    m1 = await actorFor(DEMO.memberDapil1);
    await openTestPeriod();
    const r = await submitPublicProposal(null, proposalInput(await kelurahanInDapil(1)), [await photo()]);
    ({ id, trackingCode: code } = r);
    expect(wire(pokirSubmittedSchema, pokirSubmittedDto(r)).url).toBe(`/api/v1/pokir/${code}`);
    await verifyProposal(staff, id, { note: "Lengkap." });
    await endorseProposal(m1, id);
    await adoptProposal(m1, id);
  });

  it("the public tracking view by POK- code, with the timeline and no identity", async () => {
    const body = wire(pokirTrackingSchema, pokirTrackingDto((await trackProposal(code))!));
    expect(body).toMatchObject({ trackingCode: code, status: "diadopsi", adopterName: m1.name });
    expect(body.timeline.length).toBeGreaterThanOrEqual(2);
  });

  it("the full record by UUID, for staff and for a member of its dapil", async () => {
    const forStaff = wire(pokirProposalSchema, pokirProposalDto(await getProposalForStaff(staff, id)));
    expect(forStaff.proposerEmail).toBe("budi@example.test");
    expect(forStaff.photos[0].url).toBe(`/api/v1/lampiran/${forStaff.photos[0].id}`);
    expect(forStaff.endorsements.map((e) => e.memberId)).toEqual([m1.id]);
    const forMember = wire(pokirProposalSchema, pokirProposalDto(await getProposalForMember(m1, id)));
    expect(forMember).toMatchObject({ proposerEmail: null, proposerPhone: null, locked: false });
    expect(forMember.myReses).toEqual([]);
  });

  it("a member's inbox page", async () => {
    const body = wire(inboxPageSchema, inboxPageDto(await listInbox(m1, {})));
    expect(body.items.map((i) => i.id)).toContain(id);
  });
});

describe("members (/api/v1/anggota)", () => {
  // The routes serve these through Next's data cache (lib/members/cached.ts), which stores plain JSON.
  it("every member's figures, and one member's by slug, with attendance, pokir and reses", async () => {
    const m1 = await actorFor(DEMO.memberDapil1);
    await createReses(m1, {
      heldOn: daysAgo(3),
      place: "Balai Kelurahan",
      kelurahanId: await kelurahanInDapil(1),
      attendees: "25",
    });
    const all = wire(memberFiguresListSchema, { items: await allMemberFigures() });
    expect(all.items).toHaveLength(45);
    const mine = all.items.find((f) => f.member.id === m1.id)!;
    const one = wire(memberFiguresSchema, await memberFiguresBySlug(mine.member.slug));
    expect(one).toEqual(mine);
    expect(one.reses.events).toHaveLength(1);
    // The plenary of the minutes tests and the pokir m1 adopted above fill the other arrays.
    expect(one.pokir).toHaveLength(1);
    expect(one.attendance.byType.length).toBeGreaterThan(0);
  });
});
