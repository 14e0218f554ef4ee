import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config";
import {
  MAX_FILE_BYTES,
  MAX_FILES,
  MAX_JSON_BODY_BYTES,
  MAX_MULTIPART_BODY_BYTES,
  PROXY_BODY_BYTES,
  VERIFY_MAX_BYTES,
} from "@/lib/attachments/limits";
import { readJson } from "@/lib/http/route";
import { AppError } from "@/lib/errors";

const jsonRequest = (text: string, headers: Record<string, string> = {}) =>
  new Request("http://x/api", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: text,
  });

describe("one upload limit, held end to end", () => {
  it("every body cap fits the files the forms and the API promise", () => {
    // Five full files, base64-encoded, with their fields, fit the JSON body limit; the multipart one likewise.
    expect(MAX_JSON_BODY_BYTES).toBeGreaterThanOrEqual(Math.ceil((MAX_FILES * MAX_FILE_BYTES) / 3) * 4 + 100_000);
    expect(MAX_MULTIPART_BODY_BYTES).toBeGreaterThanOrEqual(MAX_FILES * MAX_FILE_BYTES + 100_000);
    expect(PROXY_BODY_BYTES).toBeGreaterThan(Math.max(MAX_JSON_BODY_BYTES, MAX_MULTIPART_BODY_BYTES));
    // The /verifikasi upload (a signed PDF) passes the proxy and the server-action limit too.
    expect(MAX_MULTIPART_BODY_BYTES).toBeGreaterThan(VERIFY_MAX_BYTES + 100_000);
  });
  it("next.config.ts raises the proxy's 10 MB buffer and the server-action limit to the same constants", () => {
    expect(nextConfig.experimental?.proxyClientMaxBodySize).toBe(PROXY_BODY_BYTES);
    expect(nextConfig.experimental?.serverActions?.bodySizeLimit).toBe(MAX_MULTIPART_BODY_BYTES);
  });
  it("nginx lets through every body the app accepts", () => {
    const m = /client_max_body_size\s+(\d+)m;/.exec(readFileSync("deploy/nginx.conf", "utf8"));
    expect(m).not.toBeNull();
    expect(Number(m![1]) * 1024 * 1024).toBeGreaterThanOrEqual(PROXY_BODY_BYTES);
  });
});

describe("readJson", () => {
  it("parses an 8.7 MB file in base64 JSON (≈ 11.6 MB)", async () => {
    const body = JSON.stringify({
      lampiran: [{ name: "foto.jpg", contentBase64: Buffer.alloc(8_700_000, 7).toString("base64") }],
    });
    expect(body.length).toBeGreaterThan(11_000_000);
    const parsed = (await readJson(jsonRequest(body), MAX_JSON_BODY_BYTES)) as { lampiran: unknown[] };
    expect(parsed.lampiran).toHaveLength(1);
  });
  it("refuses a body over the limit with 413 and an Indonesian message, never 'bukan JSON'", async () => {
    const big = "x".repeat(2_000);
    const declared = readJson(jsonRequest(big, { "content-length": String(big.length) }), 1_000);
    await expect(declared).rejects.toMatchObject({ status: 413, code: "payload_too_large" });
    // A body the proxy cut off at its cap is broken JSON: it must still read as too large.
    const cut = readJson(jsonRequest('{"a":"' + "x".repeat(1_500)), 1_000);
    await expect(cut).rejects.toBeInstanceOf(AppError);
    await expect(cut).rejects.toMatchObject({ status: 413 });
    await expect(readJson(jsonRequest(big), 1_000)).rejects.toThrow(/terlalu besar/);
  });
});
