import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { submitAspiration } from "@/lib/aspirations/submit";
import { resetEnvCache } from "@/lib/env";
import { lookupAspiration, lookupPokir, sameForEveryVisitor } from "@/lib/tracking/lookup";
import { kelurahanOfDapil, submission } from "../helpers/aspirations";

// The page cache keeps a /lacak?kode= page only when its answer is the same for everybody who asks with
// that code; a refusal by the per-IP limit is one visitor's, and must not be served to the next.
describe("which look-up answers the page cache may keep", () => {
  const saved = process.env.TRACK_RATE_LIMIT;
  let code = "";
  beforeAll(async () => {
    process.env.TRACK_RATE_LIMIT = "2";
    resetEnvCache();
    code = (await submitAspiration(null, submission({ kelurahan: (await kelurahanOfDapil(1)).slug }))).trackingCode;
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.TRACK_RATE_LIMIT;
    else process.env.TRACK_RATE_LIMIT = saved;
    resetEnvCache();
  });

  it("found and not found are shared; a refusal by the limit is the visitor's own", async () => {
    const ip = `198.51.100.${Math.floor(Math.random() * 200) + 1}`;
    const found = await lookupAspiration(code, ip);
    expect(found.ok).toBe(true);
    expect(sameForEveryVisitor(found)).toBe(true);
    const missing = await lookupAspiration("ASP-ZZZZ-ZZZZ", ip);
    expect(missing.ok).toBe(false);
    expect(sameForEveryVisitor(missing)).toBe(true);
    const refused = await lookupAspiration(code, ip);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.status).toBe(429);
    expect(sameForEveryVisitor(refused)).toBe(false);
    // Another visitor with the same code gets the shared answer.
    expect(sameForEveryVisitor(await lookupAspiration(code, "203.0.113.77"))).toBe(true);
    const pokirRefused = await lookupPokir("POK-ZZZZ-ZZZZ", ip);
    expect(pokirRefused.kind).toBe("limited");
    expect(sameForEveryVisitor(pokirRefused)).toBe(false);
    expect(sameForEveryVisitor(await lookupPokir("POK-ZZZZ-ZZZZ", "203.0.113.78"))).toBe(true);
    expect(sameForEveryVisitor(null)).toBe(true);
  });
});
