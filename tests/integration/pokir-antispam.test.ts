import { solveChallenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/sha";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as challengeRoute } from "@/app/api/v1/aspirasi/tantangan/route";
import { POST as pokirRoute } from "@/app/api/v1/pokir/route";
import { newFormToken } from "@/lib/antispam/service";
import { PEER_HEADER, setPeerHeaderTrusted } from "@/lib/http/ip";
import { initialFormState, type FormState } from "@/lib/http/form-state";
import { submitPokirAction } from "@/lib/pokir/actions";
import { kelurahanInDapil, openTestPeriod, photo, proposalInput } from "../helpers/pokir";

/**
 * Pokir goes through the one anti-spam path of lib/antispam (as the aspiration form and API do):
 * ALTCHA proof for anonymous API callers and for the form with JavaScript, and the stricter
 * no-JavaScript limit for form posts without a proof.
 */
vi.mock("@/lib/auth/session", () => ({
  currentActor: async () => null,
  sessionActor: async () => null,
  actorFromRequest: async () => null,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
let ip = "198.51.100.10";
vi.mock("next/headers", () => ({ headers: async () => new Headers({ [PEER_HEADER]: ip }) }));

process.env.ALTCHA_MAX_NUMBER = "200";
process.env.PUBLIC_CHALLENGE = "on";
process.env.ASPIRATION_RATE_LIMIT = "1000";

const NOCTX = { params: Promise.resolve({}) };
let kel = 0;
let png = "";

beforeAll(async () => {
  setPeerHeaderTrusted(true);
  await openTestPeriod();
  kel = await kelurahanInDapil(1);
  png = (await photo()).data.toString("base64");
});

async function solvedPayload(): Promise<string> {
  const res = await challengeRoute(new Request("http://localhost/api/v1/aspirasi/tantangan"), NOCTX);
  const challenge = await res.json();
  const solution = await solveChallenge({ challenge, deriveKey });
  return Buffer.from(JSON.stringify({ challenge, solution })).toString("base64");
}

const apiPost = (body: Record<string, unknown>) =>
  pokirRoute(
    new Request("http://localhost/api/v1/pokir", {
      method: "POST",
      headers: { "content-type": "application/json", [PEER_HEADER]: "198.51.100.20" },
      body: JSON.stringify({ ...proposalInput(kel), photos: [{ name: "a.png", contentBase64: png }], ...body }),
    }),
    NOCTX,
  );

async function formPost(over: Record<string, string> = {}): Promise<FormState | "redirected"> {
  const fd = new FormData();
  for (const [k, v] of Object.entries({
    ...proposalInput(kel),
    form_token: newFormToken(Date.now() - 10_000),
    situs_web: "",
    ...over,
  }))
    fd.append(k, String(v));
  fd.append("photos", new File([new Uint8Array((await photo()).data)], "lokasi.png", { type: "image/png" }));
  try {
    return await submitPokirAction(initialFormState, fd);
  } catch (e) {
    if (String((e as { digest?: string }).digest ?? "").startsWith("NEXT_REDIRECT")) return "redirected";
    throw e;
  }
}

describe("POST /api/v1/pokir needs the ALTCHA proof from anonymous callers", () => {
  it("without a proof: 422 with an Indonesian message on the altcha field", async () => {
    const res = await apiPost({});
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { message: string; fieldErrors: Record<string, string[]> } };
    expect(body.error.fieldErrors.altcha[0]).toMatch(/Verifikasi anti-spam belum selesai/);
  });

  it("with a proof solved in-process: 201; the same proof again is refused", async () => {
    const altcha = await solvedPayload();
    const ok = await apiPost({ altcha });
    expect(ok.status).toBe(201);
    expect(((await ok.json()) as { trackingCode: string }).trackingCode).toMatch(/^POK-/);
    const replay = await apiPost({ altcha, title: "Perbaikan drainase Jalan Melati" });
    expect(replay.status).toBe(422);
    expect(((await replay.json()) as { error: { message: string } }).error.message).toMatch(/sudah dipakai/);
  });

  it("a forged proof is refused; PUBLIC_CHALLENGE=off lets a proof-less call through", async () => {
    const forged = await apiPost({ altcha: "bm90LWEtcHJvb2Y=" });
    expect(forged.status).toBe(422);
    expect(((await forged.json()) as { error: { message: string } }).error.message).toMatch(/tidak sah/);
    process.env.PUBLIC_CHALLENGE = "off";
    try {
      expect((await apiPost({})).status).toBe(201);
    } finally {
      process.env.PUBLIC_CHALLENGE = "on";
    }
  });
});

describe("the /pokir/usul form action", () => {
  it("without a proof (no JavaScript) goes through the stricter per-IP limit; typos do not use it up", async () => {
    ip = "198.51.100.30";
    process.env.ASPIRATION_NOSCRIPT_RATE_LIMIT = "2";
    try {
      for (let i = 0; i < 3; i++)
        expect(((await formPost({ title: "x" })) as FormState).fieldErrors?.title).toBeDefined();
      expect(await formPost()).toBe("redirected");
      expect(await formPost()).toBe("redirected");
      const third = (await formPost({ address: "Gang Damai No. 1" })) as FormState;
      expect(third.status).toBe("error");
      expect(third.message).toMatch(/Terlalu banyak permintaan dari jaringan Anda/);
      expect(third.values?.address).toBe("Gang Damai No. 1");
      // The stricter limit is for posts without the proof only: with one, the same network is served.
      expect(await formPost({ altcha: await solvedPayload() })).toBe("redirected");
    } finally {
      delete process.env.ASPIRATION_NOSCRIPT_RATE_LIMIT;
    }
  });

  it("refuses a filled honeypot, a forged fill-time token and a post sent too fast", async () => {
    ip = "198.51.100.31";
    expect(((await formPost({ situs_web: "http://spam.example" })) as FormState).message).toMatch(/penyaring spam/);
    expect(((await formPost({ form_token: "123.abc" })) as FormState).message).toMatch(/Muat ulang halaman/);
    expect(((await formPost({ form_token: newFormToken() })) as FormState).message).toMatch(/terlalu cepat/);
  });

  it("refuses a forged proof with the message on the altcha field", async () => {
    ip = "198.51.100.32";
    const s = (await formPost({ altcha: "bm90LWEtcHJvb2Y=" })) as FormState;
    expect(s.fieldErrors?.altcha?.[0]).toMatch(/tidak sah/);
  });
});

describe("the OpenAPI text", () => {
  it("says POST /api/v1/pokir needs the ALTCHA proof", async () => {
    const { pokirOpenApi } = await import("@/lib/pokir/openapi");
    const post = (pokirOpenApi.paths as Record<string, { post?: { description?: string } }>)["/api/v1/pokir"].post;
    expect(post?.description).toMatch(/wajib menyertakan `altcha`/);
    expect(JSON.stringify(pokirOpenApi)).toContain("/api/v1/aspirasi/tantangan");
  });
});
