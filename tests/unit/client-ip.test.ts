import { BlockList } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { clientIpFromHeaders, proxyMatcher, resolveClientIp, setPeerHeaderTrusted } from "@/lib/http/ip";

const NGINX = ["127.0.0.1", "::1"];

describe("resolveClientIp (socket × X-Forwarded-For × TRUST_PROXY)", () => {
  it("without trusted proxies takes the socket address and ignores X-Forwarded-For", () => {
    expect(resolveClientIp("203.0.113.7", "1.1.1.1", [])).toBe("203.0.113.7");
    expect(resolveClientIp("203.0.113.7", "1.1.1.1, 2.2.2.2", [])).toBe("203.0.113.7");
    expect(resolveClientIp("::ffff:203.0.113.7", null, [])).toBe("203.0.113.7");
    expect(resolveClientIp(null, "1.1.1.1", [])).toBeNull();
  });

  it("a socket that is not a trusted proxy is the client, whatever it forwards", () => {
    expect(resolveClientIp("198.51.100.4", "10.0.0.1", NGINX)).toBe("198.51.100.4");
  });

  it("behind a trusted proxy takes the hop it added and ignores what the client wrote left of it", () => {
    expect(resolveClientIp("127.0.0.1", "203.0.113.9", NGINX)).toBe("203.0.113.9");
    expect(resolveClientIp("::ffff:127.0.0.1", "6.6.6.6, 203.0.113.9", NGINX)).toBe("203.0.113.9");
    expect(resolveClientIp("::1", "203.0.113.9", NGINX)).toBe("203.0.113.9");
  });

  it("walks from the right over a chain of trusted proxies (CIDR ranges)", () => {
    expect(resolveClientIp("10.0.0.2", "6.6.6.6, 203.0.113.9, 10.0.0.8", ["10.0.0.0/8"])).toBe("203.0.113.9");
    expect(resolveClientIp("10.0.0.2", "10.0.0.9", ["10.0.0.0/8"])).toBe("10.0.0.9");
    expect(resolveClientIp("127.0.0.1", null, NGINX)).toBe("127.0.0.1");
  });
});

describe("proxyMatcher", () => {
  it("asks the BlockList once per address, and still answers right past its memory's size", () => {
    const check = vi.spyOn(BlockList.prototype, "check");
    const isProxy = proxyMatcher(["10.0.0.0/8", "::1"]);
    expect([isProxy("10.1.2.3"), isProxy("10.1.2.3"), isProxy("::1"), isProxy("::1")]).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect([isProxy("203.0.113.7"), isProxy("203.0.113.7"), isProxy("not an ip")]).toEqual([false, false, false]);
    expect(check).toHaveBeenCalledTimes(3);
    for (let i = 0; i < 3000; i++) expect(isProxy(`10.0.${i >> 8}.${i & 255}`)).toBe(true);
    expect(isProxy("11.0.0.1")).toBe(false);
    check.mockRestore();
  });
});

describe("clientIpFromHeaders", () => {
  afterEach(() => {
    delete process.env.TRUST_PROXY;
    resetEnvCache();
    setPeerHeaderTrusted(false);
  });

  it("never takes a client-sent X-Forwarded-For or peer header without the server wrapper", () => {
    setPeerHeaderTrusted(false);
    expect(clientIpFromHeaders(new Headers({ "x-forwarded-for": "1.1.1.1", "x-sidilan-peer": "2.2.2.2" }))).toBeNull();
  });

  it("reads the peer set by scripts/server.mjs, and X-Forwarded-For only from TRUST_PROXY", () => {
    setPeerHeaderTrusted(true);
    const h = new Headers({ "x-sidilan-peer": "127.0.0.1", "x-forwarded-for": "203.0.113.9" });
    expect(clientIpFromHeaders(h)).toBe("127.0.0.1");
    process.env.TRUST_PROXY = "127.0.0.1";
    resetEnvCache();
    expect(clientIpFromHeaders(h)).toBe("203.0.113.9");
    for (const off of ["0", "off", ""]) {
      process.env.TRUST_PROXY = off;
      resetEnvCache();
      expect(clientIpFromHeaders(h)).toBe("127.0.0.1");
    }
  });
});
