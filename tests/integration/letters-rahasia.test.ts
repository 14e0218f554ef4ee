import { eq, ne } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as downloadAttachment } from "@/app/api/v1/lampiran/[id]/route";
import { GET as agendaRoute } from "@/app/api/v1/surat/agenda/route";
import { GET as lembarRoute } from "@/app/api/v1/surat/masuk/[id]/lembar-disposisi/route";
import { GET as incomingOne } from "@/app/api/v1/surat/masuk/[id]/route";
import { GET as incomingList } from "@/app/api/v1/surat/masuk/route";
import { createApiToken } from "@/lib/auth/api-tokens";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { komisi, users } from "@/lib/db/schema";
import { agendaBook } from "@/lib/letters/agenda";
import { listMyDisposisi } from "@/lib/letters/disposisi/inbox";
import { disposeLetter } from "@/lib/letters/disposisi/service";
import { listIncoming, registerIncoming } from "@/lib/letters/incoming";
import { getIncoming } from "@/lib/letters/incoming-detail";
import { listRetentionDue } from "@/lib/letters/retention-review";
import { actorFor, DEMO } from "../helpers/actors";
import { daysAgo, incomingInput, tinyPdf } from "../helpers/letters";

let registrar: Actor, otherStaff: Actor, admin: Actor, ketua: Actor, member: Actor, komisiMember: Actor;
let secretId: string, openId: string, scanId: string;
const SUBJECT = "Hasil audit investigasi pengadaan kendaraan dinas";
const tokens: Record<string, string> = {};

const params = (id: string) => ({ params: Promise.resolve({ id }) });
const bearer = (who: string, path: string) =>
  new Request(`http://localhost${path}`, { headers: { authorization: `Bearer ${tokens[who]}` } });

beforeAll(async () => {
  [registrar, otherStaff, admin, ketua, member] = await Promise.all([
    actorFor(DEMO.staff),
    actorFor(DEMO.staff2),
    actorFor(DEMO.admin),
    actorFor(DEMO.ketua),
    actorFor(DEMO.memberDapil2),
  ]);
  // A komisi the uninvolved member does not sit in.
  const [k] = await db
    .select()
    .from(komisi)
    .where(ne(komisi.id, member.komisiId ?? -1))
    .limit(1);
  const [m] = await db.select({ email: users.email }).from(users).where(eq(users.komisiId, k.id)).limit(1);
  komisiMember = await actorFor(m.email);
  const secret = await registerIncoming(
    registrar,
    incomingInput({ nature: "rahasia", subject: SUBJECT, addresseeUserId: ketua.id, senderNumber: "R/001/INSP" }),
    [{ name: "pindaian.pdf", data: tinyPdf() }],
  );
  secretId = secret.id;
  openId = (
    await registerIncoming(
      registrar,
      incomingInput({ subject: "Undangan pelantikan pengurus RT", senderNumber: "B/002/KEL" }),
    )
  ).id;
  scanId = (await getIncoming(registrar, secretId)).attachments[0].id;
  for (const [who, actor] of Object.entries({ registrar, otherStaff, admin }))
    tokens[who] = (await createApiToken(actor, { name: `uji ${who}`, scope: "read" })).token;
});

async function sees(actor: Actor): Promise<Record<string, boolean>> {
  const page = await getIncoming(actor, secretId).then(
    () => true,
    (e) => (e.status === 404 ? false : Promise.reject(e)),
  );
  if (actor.role === "member") return { page };
  const list = (await listIncoming(actor, {})).items.some((i) => i.id === secretId);
  const search = (await listIncoming(actor, { q: "audit investigasi" })).items.some((i) => i.id === secretId);
  const byNumber = (await listIncoming(actor, { q: "R/001/INSP" })).items.some((i) => i.id === secretId);
  const book = (await agendaBook(actor, { jenis: "masuk", dari: daysAgo(30), sampai: daysAgo(0) })).rows.some(
    (r) => r.subject === SUBJECT,
  );
  return { page, list, search, byNumber, book };
}

describe("rahasia letters", () => {
  it("are visible to the registrar everywhere", async () => {
    expect(await sees(registrar)).toEqual({ page: true, list: true, search: true, byNumber: true, book: true });
  });

  it("are invisible (404) to other staff and to the admin in page data, search and the agenda book", async () => {
    for (const a of [otherStaff, admin])
      expect(await sees(a)).toEqual({ page: false, list: false, search: false, byNumber: false, book: false });
    // The ordinary letter is visible to them.
    expect((await listIncoming(otherStaff, {})).items.some((i) => i.id === openId)).toBe(true);
  });

  it("are invisible through the API and attachment downloads, with read tokens", async () => {
    expect((await incomingOne(bearer("otherStaff", `/api/v1/surat/masuk/${secretId}`), params(secretId))).status).toBe(
      404,
    );
    expect((await incomingOne(bearer("admin", `/api/v1/surat/masuk/${secretId}`), params(secretId))).status).toBe(404);
    const okOne = await incomingOne(bearer("registrar", `/api/v1/surat/masuk/${secretId}`), params(secretId));
    expect(okOne.status).toBe(200);
    expect((await okOne.json()).subject).toBe(SUBJECT);

    const listOther = await (
      await incomingList(bearer("otherStaff", "/api/v1/surat/masuk?q=audit"), params(""))
    ).json();
    expect(JSON.stringify(listOther)).not.toContain(SUBJECT);
    const listMine = await (await incomingList(bearer("registrar", "/api/v1/surat/masuk?q=audit"), params(""))).json();
    expect(listMine.items.map((i: { id: string }) => i.id)).toContain(secretId);

    const agenda = `/api/v1/surat/agenda?jenis=masuk&dari=${daysAgo(30)}&sampai=${daysAgo(0)}&format=xlsx`;
    const xlsxOther = Buffer.from(await (await agendaRoute(bearer("otherStaff", agenda), params(""))).arrayBuffer());
    const xlsxMine = Buffer.from(await (await agendaRoute(bearer("registrar", agenda), params(""))).arrayBuffer());
    const ExcelJS = (await import("exceljs")).default;
    const text = async (buf: Buffer) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(buf as unknown as ArrayBuffer);
      return JSON.stringify(wb.worksheets[0].getSheetValues());
    };
    expect(await text(xlsxOther)).not.toContain(SUBJECT);
    expect(await text(xlsxMine)).toContain(SUBJECT);

    expect((await lembarRoute(bearer("otherStaff", `/x`), params(secretId))).status).toBe(404);
    const sheet = await lembarRoute(bearer("registrar", `/x`), params(secretId));
    expect(sheet.status).toBe(200);
    expect(
      Buffer.from(await sheet.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    expect((await downloadAttachment(bearer("otherStaff", `/api/v1/lampiran/${scanId}`), params(scanId))).status).toBe(
      404,
    );
    expect((await downloadAttachment(bearer("admin", `/api/v1/lampiran/${scanId}`), params(scanId))).status).toBe(404);
    const dl = await downloadAttachment(bearer("registrar", `/api/v1/lampiran/${scanId}`), params(scanId));
    expect(dl.status).toBe(200);
    expect(dl.headers.get("content-type")).toBe("application/pdf");
    // A private file: no shared cache may keep it; a repeat request answers 304 without the bytes,
    // and only after the access check (another staff member still gets 404 with the right ETag).
    expect(dl.headers.get("cache-control")).toBe("private, no-store");
    const etag = dl.headers.get("etag")!;
    const repeat = bearer("registrar", `/api/v1/lampiran/${scanId}`);
    repeat.headers.set("if-none-match", etag);
    expect((await downloadAttachment(repeat, params(scanId))).status).toBe(304);
    const snoop = bearer("otherStaff", `/api/v1/lampiran/${scanId}`);
    snoop.headers.set("if-none-match", etag);
    expect((await downloadAttachment(snoop, params(scanId))).status).toBe(404);
  });

  it("are visible to the addressee (a member) but not to other members", async () => {
    expect(await sees(ketua)).toEqual({ page: true });
    expect(await sees(member)).toEqual({ page: false });
  });

  it("become visible to the people on the disposition tree, including a komisi's members", async () => {
    await disposeLetter(registrar, secretId, {
      fromLabel: "Ketua DPRD",
      recipients: [
        { key: `user:${otherStaff.id}`, instructions: ["pelajari"] },
        { key: `komisi:${komisiMember.komisiId}`, instructions: ["untuk_diketahui"] },
      ],
    });
    expect(await sees(otherStaff)).toEqual({ page: true, list: true, search: true, byNumber: true, book: true });
    expect(await sees(komisiMember)).toEqual({ page: true });
    expect((await listMyDisposisi(komisiMember, {})).items.some((i) => i.letterId === secretId)).toBe(true);
    expect(await sees(admin)).toEqual({ page: false, list: false, search: false, byNumber: false, book: false });
    expect(await sees(member)).toEqual({ page: false });
  });

  it("members never see ordinary letters they are not involved in", async () => {
    await expect(getIncoming(member, openId)).rejects.toMatchObject({ status: 404 });
    await expect(listIncoming(member, {})).rejects.toMatchObject({ status: 403 });
    await expect(listRetentionDue(member, {})).rejects.toMatchObject({ status: 403 });
  });

  it("a malformed id is a 404, not an error", async () => {
    await expect(getIncoming(registrar, "bukan-uuid")).rejects.toMatchObject({ status: 404 });
    expect((await incomingOne(bearer("registrar", "/x"), params("1 or 1=1"))).status).toBe(404);
  });
});
