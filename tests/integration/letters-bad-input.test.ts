import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { incomingLetters, letterNumbers, letterRegisters, outgoingLetters } from "@/lib/db/schema";
import { updateRegister } from "@/lib/letters/admin/service";
import { disposeLetter, receiveDisposisi, reportDisposisi } from "@/lib/letters/disposisi/service";
import { listIncoming, registerIncoming } from "@/lib/letters/incoming";
import { getIncoming } from "@/lib/letters/incoming-detail";
import { createOutgoingDraft } from "@/lib/letters/outgoing";
import { reserveNumbers } from "@/lib/letters/reservations";
import { disposisiSchema, incomingLetterSchema, outgoingDraftSchema, reservationSchema } from "@/lib/letters/schema";
import { actorFor, DEMO } from "../helpers/actors";
import { accepted, badInputCorpus, corpusThroughService, expectFullCoverage, payloads } from "../helpers/bad-input";
import { incomingInput, outgoingInput } from "../helpers/letters";

/**
 * The bad-input corpus (Big List of Naughty Strings plus XSS/SQL payloads) over every field: each
 * value is either stored as typed (after trimming control characters) or refused with a 4xx and an
 * Indonesian message — never a 500, never half a record.
 */
const corpus = badInputCorpus(5000);

let staff: Actor, admin: Actor;
beforeAll(async () => {
  [staff, admin] = await Promise.all([actorFor(DEMO.staff), actorFor(DEMO.admin)]);
});

const INCOMING_FIELDS = [
  "receivedOn",
  "senderNumber",
  "senderDate",
  "sender",
  "subject",
  "nature",
  "classificationCode",
  "summary",
  "addressee",
  "addresseeUserId",
];
const OUTGOING_FIELDS = [
  "subject",
  "recipients",
  "copies",
  "classificationCode",
  "nature",
  "signer",
  "summary",
  "replyToAgenda",
  "registerId",
];

describe("bad-input corpus", () => {
  it("every field of every letter schema answers every corpus string with success or field errors", () => {
    const cases: [
      typeof incomingLetterSchema | typeof outgoingDraftSchema | typeof reservationSchema,
      Record<string, unknown>,
      string[],
    ][] = [
      [incomingLetterSchema, incomingInput(), INCOMING_FIELDS],
      [outgoingDraftSchema, outgoingInput(), OUTGOING_FIELDS],
      [
        reservationSchema,
        { count: "2", reservedFor: "Cadangan manual", classificationCode: "000.1.5" },
        ["count", "reservedFor", "classificationCode", "letterDate", "registerId"],
      ],
    ];
    for (const [schema, base, fields] of cases) {
      for (const field of fields) {
        for (const s of corpus) {
          const r = schema.safeParse({ ...base, [field]: s });
          if (!r.success)
            expect(r.error.issues.every((i) => typeof i.message === "string" && i.message.length > 3)).toBe(true);
        }
      }
    }
    for (const s of corpus) {
      const r = disposisiSchema.safeParse({
        fromLabel: s,
        recipients: [{ key: s, instructions: [s], note: s, dueOn: s }],
      });
      expect(r.success).toBe(false);
    }
  });

  it("registering incoming letters: every value in every field, through the database", async () => {
    const start = await db.select({ n: sql<number>`count(*)::int` }).from(letterNumbers);
    const run = await corpusThroughService({
      fields: INCOMING_FIELDS,
      corpus,
      base: () => incomingInput(),
      schemaAccepts: (input) => incomingLetterSchema.safeParse(input).success,
      call: (input) => registerIncoming(staff, input),
    });
    expectFullCoverage(run, INCOMING_FIELDS, corpus);
    const ok = run.stored;
    // Nothing half-stored: one ledger number per stored letter, no more.
    const [letters] = await db.select({ n: sql<number>`count(*)::int` }).from(incomingLetters);
    const [numbers] = await db.select({ n: sql<number>`count(*)::int` }).from(letterNumbers);
    expect(numbers.n - start[0].n).toBe(ok);
    expect(letters.n).toBe(ok);
    // Script and SQL payloads are stored as text and found again as text.
    const evil = await registerIncoming(
      staff,
      incomingInput({ subject: `Perihal <script>alert(1)</script> ' OR 1=1 --` }),
    );
    expect((await getIncoming(staff, evil.id)).letter.subject).toBe(`Perihal <script>alert(1)</script> ' OR 1=1 --`);
    for (const q of [...payloads, ...corpus]) await accepted(() => listIncoming(staff, { q }), `q=${q.slice(0, 30)}`);
  }, 600_000);

  it("outgoing drafts, reservations, dispositions and reports: every value in every field", async () => {
    const out = await corpusThroughService({
      fields: OUTGOING_FIELDS,
      corpus,
      base: () => outgoingInput(),
      schemaAccepts: (input) => outgoingDraftSchema.safeParse(input).success,
      call: (input) => createOutgoingDraft(staff, input),
    });
    expectFullCoverage(out, OUTGOING_FIELDS, corpus);
    for (const field of ["count", "reservedFor", "classificationCode", "letterDate"])
      for (const s of corpus)
        await accepted(
          () =>
            reserveNumbers(staff, {
              count: "1",
              reservedFor: "Cadangan manual",
              classificationCode: "000.1.5",
              [field]: s,
            }),
          `res.${field}`,
        );
    const { id } = await registerIncoming(staff, incomingInput());
    for (const s of corpus) {
      await accepted(
        () =>
          disposeLetter(staff, id, {
            fromLabel: s,
            recipients: [{ key: `user:${staff.id}`, instructions: ["pelajari"], note: s }],
          }),
        "disposisi.note",
      );
      await accepted(() => disposeLetter(staff, id, { recipients: [{ key: s, instructions: [s] }] }), "disposisi.key");
    }
    const [branch] = (await getIncoming(staff, id)).branches;
    await receiveDisposisi(staff, branch.id);
    for (const s of corpus) await accepted(() => reportDisposisi(staff, branch.id, { note: s, close: s }), "report");
    const [reg] = await db
      .select({ id: letterRegisters.id })
      .from(letterRegisters)
      .where(eq(letterRegisters.code, "keluar"));
    for (const s of corpus)
      await accepted(
        () => updateRegister(admin, reg.id, { name: s, numberFormat: s, numberWidth: s, unitCode: s, isActive: s }),
        "register",
      );
    const [drafts] = await db.select({ n: sql<number>`count(*)::int` }).from(outgoingLetters);
    expect(drafts.n).toBeGreaterThan(0);
  }, 600_000);
});
