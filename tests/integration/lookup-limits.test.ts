import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as aspirationTrack } from "@/app/api/v1/aspirasi/[code]/route";
import { GET as pokirTrack } from "@/app/api/v1/pokir/[kode]/route";
import { setPeerHeaderTrusted } from "@/lib/http/ip";

const asp = (peer: string, xff?: string) =>
  aspirationTrack(
    new Request("http://localhost/api/v1/aspirasi/ASP-AAAA-AAAA", {
      headers: { "x-sidilan-peer": peer, ...(xff ? { "x-forwarded-for": xff } : {}) },
    }),
    {
      params: Promise.resolve({ code: "ASP-AAAA-AAAA" }),
    },
  );
const pok = (peer: string) =>
  pokirTrack(new Request("http://localhost/api/v1/pokir/POK-AAAA-AAAA", { headers: { "x-sidilan-peer": peer } }), {
    params: Promise.resolve({ kode: "POK-AAAA-AAAA" }),
  });

beforeAll(() => setPeerHeaderTrusted(true));
afterAll(() => setPeerHeaderTrusted(false));

describe("look-ups by code share one per-address limit", () => {
  it("the 61st aspiration look-up in a minute is refused with 429 and an Indonesian message", async () => {
    for (let i = 0; i < 60; i++) expect((await asp("192.0.2.1")).status).toBe(404);
    const res = await asp("192.0.2.1");
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBeTruthy();
    expect((await res.json()).error.message).toMatch(/Terlalu banyak permintaan/);
    // Another address is not affected.
    expect((await asp("192.0.2.2")).status).toBe(404);
  });

  it("rotating X-Forwarded-For does not reset the limit (no trusted proxy)", async () => {
    for (let i = 0; i < 60; i++) await asp("192.0.2.3", `198.51.100.${i}`);
    expect((await asp("192.0.2.3", "198.51.100.200")).status).toBe(429);
  });

  it("aspiration and pokir look-ups count against the same window", async () => {
    for (let i = 0; i < 30; i++) await asp("192.0.2.4");
    for (let i = 0; i < 30; i++) expect((await pok("192.0.2.4")).status).toBe(404);
    expect((await pok("192.0.2.4")).status).toBe(429);
    expect((await asp("192.0.2.4")).status).toBe(429);
  });
});
