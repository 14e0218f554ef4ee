import { afterEach, describe, expect, it } from "vitest";
import { p12Password, seal, signingKey, unseal } from "@/lib/signing/secret";

const saved = { key: process.env.SIGNING_KEY, env: process.env.NODE_ENV };
afterEach(() => {
  process.env.SIGNING_KEY = saved.key;
  (process.env as Record<string, string | undefined>).NODE_ENV = saved.env;
  if (saved.key === undefined) delete process.env.SIGNING_KEY;
});

describe("SIGNING_KEY", () => {
  it("is required in production, with a clear Indonesian message", () => {
    delete process.env.SIGNING_KEY;
    (process.env as Record<string, string>).NODE_ENV = "production";
    expect(() => signingKey()).toThrow(/SIGNING_KEY: belum diatur/);
    process.env.SIGNING_KEY = "pendek";
    expect(() => signingKey()).toThrow(/minimal 32 karakter/);
  });

  it("seals and opens; another key or a flipped byte cannot open", () => {
    process.env.SIGNING_KEY = "a".repeat(40);
    const sealed = seal(Buffer.from("kunci privat"), "p12");
    expect(unseal(sealed, "p12").toString()).toBe("kunci privat");
    expect(() => unseal(sealed, "ca")).toThrow();
    const bad = Buffer.from(sealed);
    bad[bad.length - 1] ^= 1;
    expect(() => unseal(bad, "p12")).toThrow();
    const pw = p12Password("id-1");
    process.env.SIGNING_KEY = "b".repeat(40);
    expect(() => unseal(sealed, "p12")).toThrow();
    expect(p12Password("id-1")).not.toBe(pw);
  });
});
