import fc from "fast-check";
import { and, eq, inArray, notInArray, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import {
  disposisi,
  epaperDelegations,
  epaperLetters,
  epaperParafs,
  incomingLetters,
  komisi,
  outgoingLetters,
  users,
} from "@/lib/db/schema";
import { NATURES } from "@/lib/letters/constants";
import { registerIncoming } from "@/lib/letters/incoming";
import { createOutgoingDraft } from "@/lib/letters/outgoing";
import {
  canSeeEpaper,
  canSeeIncoming,
  canSeeOutgoing,
  epaperVisibleTo,
  incomingVisibleTo,
  outgoingVisibleTo,
} from "@/lib/letters/policy";
import { actorFor, DEMO } from "../helpers/actors";
import { draftInvitation } from "../helpers/epaper";
import { incomingInput, outgoingInput } from "../helpers/letters";
import "../setup/db";

const UNITS = ["Bagian Umum", "Bagian Persidangan dan Perundang-undangan"];
let people: Actor[] = [];
let userIds: string[] = [];
let komisiIds: number[] = [];
let today = "";
const incomingIds: string[] = [];
let outgoingIds: string[] = [];
const epaperIds: string[] = [];

const N = 30;
const sample = <T>(arb: fc.Arbitrary<T>, seed: number) => fc.sample(arb, { numRuns: N, seed });

// Rows are generated once (fixed seeds) and written to the database; each run then draws an actor.
beforeAll(async () => {
  // Eight accounts, so that a letter has people who are not on it.
  const others = await db
    .select({ email: users.email })
    .from(users)
    .where(and(eq(users.isActive, true), notInArray(users.email, Object.values(DEMO))))
    .orderBy(users.email)
    .limit(3);
  people = await Promise.all(
    [DEMO.staff, DEMO.staff2, DEMO.admin, DEMO.ketua, DEMO.memberDapil1, ...others.map((o) => o.email)].map((e) =>
      actorFor(e),
    ),
  );
  userIds = people.map((p) => p.id);
  komisiIds = (await db.select({ id: komisi.id }).from(komisi).limit(2)).map((k) => k.id);
  [{ today }] = await db
    .select({ today: sql<string>`current_date::text` })
    .from(komisi)
    .limit(1);
  const [staff] = people;
  const user = fc.constantFrom(...userIds);
  const nature = fc.constantFrom(...NATURES);

  // Incoming: nature, registrar, addressee and 0-3 disposition branches.
  const branch = fc.record({
    fromUserId: user,
    to: fc.oneof(
      fc.record({ kind: fc.constant("user" as const), v: user }),
      fc.record({ kind: fc.constant("unit" as const), v: fc.constantFrom(...UNITS) }),
      fc.record({ kind: fc.constant("komisi" as const), v: fc.constantFrom(...komisiIds) }),
    ),
  });
  const incoming = sample(
    fc.record({
      nature,
      createdBy: user,
      addresseeUserId: fc.option(user),
      branches: fc.array(branch, { maxLength: 3 }),
    }),
    1,
  );
  for (const [i, g] of incoming.entries()) {
    const { id } = await registerIncoming(staff, incomingInput({ senderNumber: `PA/${i}/UJI` }));
    await db
      .update(incomingLetters)
      .set({ nature: g.nature, createdBy: g.createdBy, addresseeUserId: g.addresseeUserId })
      .where(eq(incomingLetters.id, id));
    for (const b of g.branches)
      await db.insert(disposisi).values({
        letterId: id,
        fromUserId: b.fromUserId,
        fromLabel: "Uji",
        recipientKind: b.to.kind,
        recipientUserId: b.to.kind === "user" ? b.to.v : null,
        recipientUnit: b.to.kind === "unit" ? b.to.v : null,
        recipientKomisiId: b.to.kind === "komisi" ? b.to.v : null,
        recipientLabel: "Uji",
        instructions: ["Tindak lanjuti"],
      });
    incomingIds.push(id);
  }

  // Outgoing drafts: nature, drafter, issuer.
  const draft = await createOutgoingDraft(staff, outgoingInput());
  const [out] = await db.select().from(outgoingLetters).where(eq(outgoingLetters.id, draft.id));
  const outgoing = sample(fc.record({ nature, createdBy: user, issuedBy: fc.option(user) }), 2).map((g) => ({
    ...out,
    ...g,
    id: crypto.randomUUID(),
  }));
  await db.insert(outgoingLetters).values(outgoing);
  outgoingIds = outgoing.map((o) => o.id);

  // E-Paper drafts: nature, drafter, signer, signed-by, paraf chain; delegations between the people.
  const ep = await draftInvitation(staff, people[3]);
  const [base] = await db.select().from(epaperLetters).where(eq(epaperLetters.id, ep.id));
  const epaper = sample(
    fc.record({
      nature,
      createdBy: user,
      signerId: user,
      signedBy: fc.option(user),
      paraf: fc.uniqueArray(user, { maxLength: 2 }),
    }),
    3,
  );
  for (const { paraf, ...g } of epaper) {
    const id = crypto.randomUUID();
    await db.insert(epaperLetters).values({ ...base, ...g, id, code: null });
    for (const [position, userId] of paraf.entries())
      await db.insert(epaperParafs).values({ letterId: id, position, label: "Paraf", userId });
    epaperIds.push(id);
  }
  const delegations = fc.sample(
    fc.record({
      principalId: user,
      delegateId: user,
      endsIn: fc.integer({ min: -2, max: 1 }),
      revoked: fc.boolean(),
    }),
    { numRuns: 16, seed: 4 },
  );
  for (const d of delegations)
    await db.insert(epaperDelegations).values({
      principalId: d.principalId,
      delegateId: d.delegateId,
      mode: "an",
      startsOn: shift(today, -10),
      endsOn: shift(today, d.endsIn),
      createdBy: staff.id,
      revokedAt: d.revoked ? new Date() : null,
    });
});

const actor = fc.record({
  who: fc.integer({ min: 0, max: 7 }),
  role: fc.constantFrom("member" as const, "staff" as const, "admin" as const),
  unit: fc.constantFrom(null, "", ...UNITS),
  komisi: fc.constantFrom(null, 0, 1),
  tokenScope: fc.constantFrom(undefined, "read" as const, "write" as const),
});
type Draw = typeof actor extends fc.Arbitrary<infer T> ? T : never;
const toActor = (a: Draw): Actor => ({
  ...people[a.who],
  role: a.role,
  unit: a.unit,
  komisiId: a.komisi === null ? null : komisiIds[a.komisi],
  tokenScope: a.tokenScope,
});
/** `YYYY-MM-DD` n days after `day`. */
function shift(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
const sorted = (ids: string[]) => [...ids].sort();

describe("letter policy: predicate and SQL agree", () => {
  it("incoming letters", async () => {
    const letters = await db.select().from(incomingLetters).where(inArray(incomingLetters.id, incomingIds));
    const branches = await db.select().from(disposisi).where(inArray(disposisi.letterId, incomingIds));
    expect(branches.length).toBeGreaterThan(0);
    await fc.assert(
      fc.asyncProperty(actor, async (a) => {
        const me = toActor(a);
        const got = await db
          .select({ id: incomingLetters.id })
          .from(incomingLetters)
          .where(and(inArray(incomingLetters.id, incomingIds), incomingVisibleTo(me)));
        const expected = letters
          .filter((l) => canSeeIncoming(me, { ...l, branches: branches.filter((b) => b.letterId === l.id) }))
          .map((l) => l.id);
        expect(sorted(got.map((g) => g.id))).toEqual(sorted(expected));
      }),
      { numRuns: 60 },
    );
  });

  it("outgoing letters", async () => {
    const letters = await db.select().from(outgoingLetters).where(inArray(outgoingLetters.id, outgoingIds));
    await fc.assert(
      fc.asyncProperty(actor, async (a) => {
        const me = toActor(a);
        const got = await db
          .select({ id: outgoingLetters.id })
          .from(outgoingLetters)
          .where(and(inArray(outgoingLetters.id, outgoingIds), outgoingVisibleTo(me)));
        expect(sorted(got.map((g) => g.id))).toEqual(
          sorted(letters.filter((l) => canSeeOutgoing(me, l)).map((l) => l.id)),
        );
      }),
      { numRuns: 40 },
    );
  });

  it("E-Paper letters", async () => {
    const letters = await db.select().from(epaperLetters).where(inArray(epaperLetters.id, epaperIds));
    const parafs = await db.select().from(epaperParafs).where(inArray(epaperParafs.letterId, epaperIds));
    const delegations = await db.select().from(epaperDelegations);
    // The generated delegations straddle the one-day grace: some count, some do not.
    expect(new Set(delegations.map((d) => d.endsOn >= today)).size).toBe(2);
    await fc.assert(
      fc.asyncProperty(actor, async (a) => {
        const me = toActor(a);
        const got = await db
          .select({ id: epaperLetters.id })
          .from(epaperLetters)
          .where(and(inArray(epaperLetters.id, epaperIds), epaperVisibleTo(me)));
        const expected = letters.filter((l) =>
          canSeeEpaper(
            me,
            { ...l, parafUserIds: parafs.filter((p) => p.letterId === l.id).map((p) => p.userId), delegations },
            today,
          ),
        );
        expect(sorted(got.map((g) => g.id))).toEqual(sorted(expected.map((l) => l.id)));
      }),
      { numRuns: 60 },
    );
  });
});
