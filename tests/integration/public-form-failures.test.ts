import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { newFormToken } from "@/lib/antispam/service";
import { submitAspirationAction } from "@/lib/aspirations/actions";
import { getDbHandle } from "@/lib/db";
import { SERVICE_FAILURE_MESSAGE } from "@/lib/http/action";
import { PEER_HEADER, setPeerHeaderTrusted } from "@/lib/http/ip";
import { initialFormState, type FormState } from "@/lib/http/form-state";
import { jpegWithExif, kelurahanOfDapil, submission } from "../helpers/aspirations";

vi.mock("@/lib/auth/session", () => ({
  currentActor: async () => null,
  sessionActor: async () => null,
  actorFromRequest: async () => null,
}));
let ip = "203.0.113.10";
// The socket address as scripts/server.mjs passes it (the only address per-IP limits trust).
vi.mock("next/headers", () => ({ headers: async () => new Headers({ [PEER_HEADER]: ip }) }));

/**
 * The public aspiration form's action, as a post without JavaScript reaches it: whatever goes
 * wrong (validation, the database, the anti-spam limit), the citizen gets every typed value back
 * and a message that says what to do.
 */
let kel = "";
beforeAll(async () => {
  setPeerHeaderTrusted(true);
  kel = String((await kelurahanOfDapil(3)).id);
  process.env.ASPIRATION_RATE_LIMIT = "100000";
});
afterEach(() => {
  vi.restoreAllMocks();
  process.env.PUBLIC_CHALLENGE = "on";
});

async function post(over: Record<string, unknown> = {}, withPhoto = false): Promise<FormState | "redirected"> {
  const fd = new FormData();
  for (const [k, v] of Object.entries(
    submission({
      kelurahan: kel,
      category: "infrastruktur",
      form_token: newFormToken(Date.now() - 10_000),
      situs_web: "",
      ...over,
    }),
  )) {
    if (v !== undefined) fd.append(k, String(v));
  }
  if (withPhoto)
    fd.append("lampiran", new File([new Uint8Array(await jpegWithExif())], "foto.jpg", { type: "image/jpeg" }));
  try {
    return await submitAspirationAction(initialFormState, fd);
  } catch (e) {
    if (String((e as { digest?: string }).digest ?? "").startsWith("NEXT_REDIRECT")) return "redirected";
    throw e;
  }
}

describe("a failed submission keeps what the citizen typed", () => {
  it("on a database failure: every field comes back, and the message says to send again", async () => {
    process.env.PUBLIC_CHALLENGE = "off";
    vi.spyOn(getDbHandle().db, "transaction").mockRejectedValue(new Error("connection terminated unexpectedly"));
    vi.spyOn(console, "error").mockImplementation(() => {});
    const r = await post({ address: "Jl. Mawar RT 12", confidential: "on" }, true);
    expect(r).not.toBe("redirected");
    const s = r as FormState;
    expect(s.status).toBe("error");
    expect(s.message).toBe(
      `${SERVICE_FAILURE_MESSAGE} Isian Anda tetap ada di formulir; lampiran/foto perlu dipilih lagi.`,
    );
    expect(s.values).toMatchObject({
      title: "Jalan berlubang di depan SD Negeri 012",
      name: "Siti Rahmawati",
      phone: "0812-3456-7890",
      email: "siti@contoh.id",
      address: "Jl. Mawar RT 12",
      confidential: "on",
      consent: "on",
      kelurahan: kel,
    });
  });

  it("on validation errors: the errors are per field and the values come back", async () => {
    process.env.PUBLIC_CHALLENGE = "off";
    const s = (await post({ email: "bukan-email", title: "abc" })) as FormState;
    expect(s.status).toBe("error");
    expect(Object.keys(s.fieldErrors ?? {}).sort()).toEqual(["email", "title"]);
    expect(s.values).toMatchObject({ email: "bukan-email", title: "abc", name: "Siti Rahmawati" });
  });
});

describe("without JavaScript (no ALTCHA proof) the form is never simply refused", () => {
  it("accepts a post without the proof, under a stricter per-IP limit; typos do not use it up", async () => {
    ip = "203.0.113.77";
    process.env.ASPIRATION_NOSCRIPT_RATE_LIMIT = "2";
    // Field errors are answered before the anti-spam limit counts the post.
    for (let i = 0; i < 3; i++) expect(((await post({ title: "x" })) as FormState).fieldErrors?.title).toBeDefined();
    expect(await post()).toBe("redirected");
    expect(await post()).toBe("redirected");
    const third = (await post({ address: "Gang Damai" })) as FormState;
    expect(third.status).toBe("error");
    expect(third.message).toMatch(/Terlalu banyak permintaan dari jaringan Anda/);
    expect(third.values?.address).toBe("Gang Damai");
  });
  it("still refuses a forged proof", async () => {
    ip = "203.0.113.78";
    const s = (await post({ altcha: "bm90LWEtcHJvb2Y=" })) as FormState;
    expect(s.fieldErrors?.altcha?.[0]).toMatch(/tidak sah/);
  });
});
