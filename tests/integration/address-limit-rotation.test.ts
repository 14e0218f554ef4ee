import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { checkIpRateLimit } from "@/lib/antispam/service";
import { startDataRequest } from "@/lib/privacy/service";
import { newTrackingCode } from "@/lib/tracking/code";

// Per-address limits keep the address only as a salted hash that changes at 00:00 UTC (the privacy notice
// says so). A window open at that moment must keep counting, or anyone could send twice the limit at
// 08:00 in Balikpapan (and a test running over midnight saw a look-up limit reset).

/** An address of its own per test, so repeated runs on one database never share a window. */
const address = () => `198.18.${randomBytes(1)[0]}.${randomBytes(1)[0]}-${randomBytes(4).toString("hex")}`;

const at = (iso: string) => vi.setSystemTime(new Date(iso));

const status = (p: Promise<unknown>) =>
  p.then(
    () => 200,
    (e: { status?: number }) => e.status ?? 500,
  );

afterEach(() => vi.useRealTimers());

describe("per-address limits across the daily change of the address hash", () => {
  it("a window open at 00:00 UTC keeps counting after the hash changes", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const ip = address();
    const limits = { limit: 3, windowSeconds: 60 };
    at("2026-12-06T23:59:55Z");
    for (let i = 0; i < 3; i++) await checkIpRateLimit(ip, "rotation-test", limits);
    at("2026-12-07T00:00:03Z");
    const refused = await checkIpRateLimit(ip, "rotation-test", limits).then(
      () => null,
      (e: { status: number; message: string; retryAfter?: number }) => e,
    );
    expect(refused?.status).toBe(429);
    expect(refused?.message).toMatch(/Terlalu banyak permintaan dari jaringan Anda/);
    expect(refused?.retryAfter).toBeGreaterThan(0);
    // Another address is not affected.
    await expect(checkIpRateLimit(address(), "rotation-test", limits)).resolves.toBeUndefined();
  });

  it("a window that ended before the hash changed does not count into the new day", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const ip = address();
    const limits = { limit: 2, windowSeconds: 60 };
    at("2026-12-06T23:59:50Z");
    for (let i = 0; i < 2; i++) await checkIpRateLimit(ip, "rotation-test", limits);
    at("2026-12-07T00:01:30Z");
    await expect(checkIpRateLimit(ip, "rotation-test", limits)).resolves.toBeUndefined();
    await expect(checkIpRateLimit(ip, "rotation-test", limits)).resolves.toBeUndefined();
    expect(await status(checkIpRateLimit(ip, "rotation-test", limits))).toBe(429);
  });

  it("the data-request limit (10 an hour) keeps counting across 00:00 UTC too", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const ip = address();
    at("2026-12-06T23:40:00Z");
    // Unknown codes: each request counts against the address before the code is looked up (404).
    for (let i = 0; i < 10; i++) expect(await status(startDataRequest(newTrackingCode("ASP"), ip))).toBe(404);
    at("2026-12-07T00:10:00Z");
    expect(await status(startDataRequest(newTrackingCode("ASP"), ip))).toBe(429);
  });
});
