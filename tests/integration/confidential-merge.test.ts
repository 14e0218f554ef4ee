import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { trackAspiration } from "@/lib/aspirations/public";
import { submitAspiration } from "@/lib/aspirations/submit";
import { addNote, mergeAspiration, verifyAspiration } from "@/lib/aspirations/workflow";
import { db } from "@/lib/db";
import { aspirationEvents, aspirations, outboxMessages } from "@/lib/db/schema";
import { logEvent } from "@/lib/pokir/proposal-store";
import { actorFor, DEMO } from "../helpers/actors";
import { kelurahanOfDapil, submission } from "../helpers/aspirations";

let staff: Actor;
let kelSlug: string;

beforeAll(async () => {
  staff = await actorFor(DEMO.staff);
  kelSlug = (await kelurahanOfDapil(1)).slug;
});

async function pair() {
  const secret = await submitAspiration(
    null,
    submission({ kelurahan: kelSlug, title: "Dugaan pungutan liar di kantor kelurahan", confidential: "on" }),
  );
  const dup = await submitAspiration(
    null,
    submission({ kelurahan: kelSlug, title: "Pungutan liar di kantor kelurahan" }),
  );
  return { secret, dup };
}

describe("a confidential (rahasia) aspiration's code never leaks through a merge or a note", () => {
  it("merging a duplicate into it publishes neither the code on the timeline nor in the citizen's notice", async () => {
    const { secret, dup } = await pair();
    await mergeAspiration(staff, dup.id, { target: secret.trackingCode });
    const t = await trackAspiration(dup.trackingCode);
    expect(t.status).toBe("digabung");
    expect(t.mergedInto).toBeNull();
    expect(JSON.stringify(t)).not.toContain(secret.trackingCode);
    const notices = await db.select().from(outboxMessages).where(eq(outboxMessages.relatedId, dup.id));
    expect(notices.length).toBeGreaterThan(0);
    expect(JSON.stringify(notices)).not.toContain(secret.trackingCode);
  });

  it("refuses a public note (merge or answer) that carries the code, with a clear 422", async () => {
    const { secret, dup } = await pair();
    await expect(
      mergeAspiration(staff, dup.id, {
        target: secret.trackingCode,
        publicNote: `Lihat ${secret.trackingCode.toLowerCase()}`,
      }),
    ).rejects.toMatchObject({
      status: 422,
      fieldErrors: { publicNote: [expect.stringMatching(/kode aspirasi rahasia/)] },
    });
    await verifyAspiration(staff, dup.id, { routeDapil: "on" });
    await expect(
      addNote(staff, dup.id, { publicNote: `Ditangani bersama ${secret.trackingCode}.` }),
    ).rejects.toMatchObject({ status: 422 });
    // The aspiration's own code in its own note is fine.
    await addNote(staff, secret.id, { publicNote: `Kode Anda ${secret.trackingCode} sedang ditangani.` });
  });

  it("hides the code in notes written before the target became confidential", async () => {
    const a = await submitAspiration(null, submission({ kelurahan: kelSlug, title: "Drainase tersumbat di RT 12" }));
    const dup = await submitAspiration(null, submission({ kelurahan: kelSlug, title: "Drainase tersumbat RT 12" }));
    await mergeAspiration(staff, dup.id, { target: a.trackingCode });
    await db.update(aspirations).set({ isConfidential: true }).where(eq(aspirations.id, a.id));
    const t = await trackAspiration(dup.trackingCode);
    expect(t.mergedInto).toBeNull();
    expect(JSON.stringify(t.timeline)).not.toContain(a.trackingCode);
    // The stored note still names it for staff; only the public view hides it.
    const events = await db.select().from(aspirationEvents).where(eq(aspirationEvents.aspirationId, dup.id));
    expect(JSON.stringify(events)).toContain(a.trackingCode);
  });

  it("a pokir timeline note cannot carry it either", async () => {
    const { secret } = await pair();
    await expect(
      logEvent(
        staff,
        { id: "00000000-0000-0000-0000-000000000000" },
        { kind: "status", action: "pokir.test", publicNote: `Dari ${secret.trackingCode}` },
      ),
    ).rejects.toMatchObject({ status: 422 });
  });
});
