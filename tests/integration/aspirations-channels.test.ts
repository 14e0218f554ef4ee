import { createHmac } from "node:crypto";
import type { AddressInfo } from "node:net";
import { eq, sql } from "drizzle-orm";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as submitRoute } from "@/app/api/v1/aspirasi/route";
import { GET as trackRoute } from "@/app/api/v1/aspirasi/[code]/route";
import { GET as challengeRoute } from "@/app/api/v1/aspirasi/tantangan/route";
import { POST as emailRoute } from "@/app/api/v1/channels/email/route";
import { GET as waGet, POST as waPost } from "@/app/api/v1/channels/whatsapp/route";
import { GET as openapiRoute } from "@/app/api/v1/openapi.json/route";
import { solveChallenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/sha";
import { createApiToken } from "@/lib/auth/api-tokens";
import { db } from "@/lib/db";
import { setPeerHeaderTrusted } from "@/lib/http/ip";
import { aspirations, outboxMessages } from "@/lib/db/schema";
import { smtpTransport } from "@/lib/outbox/transports";
import { deliverBatch } from "@/lib/outbox/worker";
import { actorFor, DEMO } from "../helpers/actors";
import { kelurahanOfDapil, submission, tinyPdf } from "../helpers/aspirations";

// Outside Next there is no request scope for cookies: bearer tokens resolve for real, otherwise no session.
vi.mock("@/lib/auth/session", async () => {
  const { actorFromApiToken } = await import("@/lib/auth/api-tokens");
  const { db: d } = await import("@/lib/db");
  return {
    currentActor: async () => null,
    sessionActor: async () => null,
    actorFromRequest: async (req: Request) => {
      const h = req.headers.get("authorization");
      return h?.toLowerCase().startsWith("bearer ") ? actorFromApiToken(h.slice(7).trim(), d) : null;
    },
  };
});

process.env.ALTCHA_MAX_NUMBER = "200";
process.env.ASPIRATION_RATE_LIMIT = "1000";
process.env.WHATSAPP_VERIFY_TOKEN = "verifikasi-uji";
process.env.WHATSAPP_APP_SECRET = "rahasia-aplikasi-uji";
process.env.EMAIL_INBOUND_SECRET = "rahasia-email-uji";

// As under scripts/server.mjs: requests carry the socket address in the private peer header.
setPeerHeaderTrusted(true);

const NOCTX = { params: Promise.resolve({}) };
let kelSlug = "";
let staffToken = "";

const post = (body: unknown, headers: Record<string, string> = {}) =>
  submitRoute(
    new Request("http://localhost/api/v1/aspirasi", {
      method: "POST",
      headers: { "content-type": "application/json", "x-sidilan-peer": "10.1.2.3", ...headers },
      body: JSON.stringify(body),
    }),
    NOCTX,
  );

async function solvedPayload(): Promise<string> {
  const res = await challengeRoute(new Request("http://localhost/api/v1/aspirasi/tantangan"), NOCTX);
  const challenge = await res.json();
  const solution = await solveChallenge({ challenge, deriveKey });
  return Buffer.from(JSON.stringify({ challenge, solution })).toString("base64");
}

beforeAll(async () => {
  kelSlug = (await kelurahanOfDapil(2)).slug;
  staffToken = (await createApiToken(await actorFor(DEMO.staff), { name: "uji siap", scope: "write" })).token;
});

describe("POST /api/v1/aspirasi", () => {
  it("201 with a tracking code when the ALTCHA proof is valid; the same proof twice is refused", async () => {
    const altcha = await solvedPayload();
    const res = await post({
      ...submission({ kelurahan: kelSlug, consent: true }),
      altcha,
      lampiran: [{ name: "a.pdf", contentBase64: tinyPdf().toString("base64") }],
    });
    expect(res.status).toBe(201);
    const { trackingCode } = await res.json();
    expect(trackingCode).toMatch(/^ASP-/);
    const [a] = await db.select().from(aspirations).where(eq(aspirations.trackingCode, trackingCode));
    expect(a.channel).toBe("api");
    const replay = await post({ ...submission({ kelurahan: kelSlug, consent: true }), altcha });
    expect(replay.status).toBe(422);
    expect((await replay.json()).error.message).toMatch(/sudah dipakai/);
  });

  it("anonymous callers without a proof get 422; staff with a token skip it and may log a channel", async () => {
    const none = await post(submission({ kelurahan: kelSlug, consent: true }));
    expect(none.status).toBe(422);
    expect((await none.json()).error.fieldErrors.altcha[0]).toMatch(/anti-spam/);
    const staff = await post(
      { ...submission({ kelurahan: kelSlug, consent: true }), channel: "tatap_muka" },
      { authorization: `Bearer ${staffToken}` },
    );
    expect(staff.status).toBe(201);
    const { trackingCode } = await staff.json();
    const [a] = await db.select().from(aspirations).where(eq(aspirations.trackingCode, trackingCode));
    expect(a.channel).toBe("tatap_muka");
  });

  it("PUBLIC_CHALLENGE=off skips the proof; bad bodies are 4xx with field errors", async () => {
    process.env.PUBLIC_CHALLENGE = "off";
    try {
      expect((await post(submission({ kelurahan: kelSlug, consent: true }))).status).toBe(201);
      const bad = await post({ title: 1, body: null, kelurahan: "Atlantis", email: "bukan-email" });
      expect(bad.status).toBe(422);
      const fe = (await bad.json()).error.fieldErrors;
      expect(Object.keys(fe)).toEqual(expect.arrayContaining(["title", "body", "email"]));
      const notJson = await submitRoute(
        new Request("http://localhost/api/v1/aspirasi", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: "{oops",
        }),
        NOCTX,
      );
      expect(notJson.status).toBe(400);
      expect((await post([1, 2])).status).toBe(400);
      expect(
        (
          await post({
            ...submission({ kelurahan: kelSlug, consent: true }),
            lampiran: [{ name: "x.pdf", contentBase64: Buffer.from("MZ fake exe").toString("base64") }],
          })
        ).status,
      ).toBe(415);
      expect((await post({ ...submission({ kelurahan: kelSlug, consent: true }), channel: "telepon" })).status).toBe(
        422,
      );
    } finally {
      delete process.env.PUBLIC_CHALLENGE;
    }
  });

  it("rate-limits per IP hash with a clear message and stores no raw IP", async () => {
    process.env.PUBLIC_CHALLENGE = "off";
    process.env.ASPIRATION_RATE_LIMIT = "2";
    try {
      // The socket address counts; a rotated X-Forwarded-For (no trusted proxy) changes nothing.
      const h = (n: number) => ({ "x-sidilan-peer": "10.9.9.9", "x-forwarded-for": `198.51.100.${n}` });
      expect((await post(submission({ kelurahan: kelSlug, consent: true }), h(1))).status).toBe(201);
      expect((await post(submission({ kelurahan: kelSlug, consent: true }), h(2))).status).toBe(201);
      const third = await post(submission({ kelurahan: kelSlug, consent: true }), h(3));
      expect(third.status).toBe(429);
      expect(third.headers.get("retry-after")).toBeTruthy();
      expect((await third.json()).error.message).toMatch(/Terlalu banyak permintaan/);
      const dump = JSON.stringify(await db.execute(sql`select key from rate_limits`));
      expect(dump).not.toContain("10.9.9.9");
    } finally {
      delete process.env.PUBLIC_CHALLENGE;
      process.env.ASPIRATION_RATE_LIMIT = "1000";
    }
  });

  it("GET /api/v1/aspirasi/{code} shows status and timeline without personal data; unknown code 404", async () => {
    process.env.PUBLIC_CHALLENGE = "off";
    const res = await post(submission({ kelurahan: kelSlug, consent: true }));
    delete process.env.PUBLIC_CHALLENGE;
    const { trackingCode } = await res.json();
    const t = await trackRoute(new Request("http://localhost"), { params: Promise.resolve({ code: trackingCode }) });
    expect(t.status).toBe(200);
    const body = await t.json();
    expect(body).toMatchObject({ trackingCode, status: "diterima" });
    expect(JSON.stringify(body)).not.toMatch(/Siti|6281234567890|contoh\.id/);
    expect(
      (await trackRoute(new Request("http://localhost"), { params: Promise.resolve({ code: "ASP-2222-2222" }) }))
        .status,
    ).toBe(404);
    expect(
      (
        await trackRoute(new Request("http://localhost"), {
          params: Promise.resolve({ code: "'; drop table aspirations;--" }),
        })
      ).status,
    ).toBe(404);
  });

  it("is described in the OpenAPI document", async () => {
    const doc = await (await openapiRoute()).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/aspirasi",
        "/api/v1/aspirasi/{trackingCode}",
        "/api/v1/channels/whatsapp",
        "/api/v1/channels/email",
      ]),
    );
  });
});

const waBody = (id: string, text: string, from = "6281311112222") => ({
  object: "whatsapp_business_account",
  entry: [
    {
      id: "102290129340398",
      changes: [
        {
          field: "messages",
          value: {
            messaging_product: "whatsapp",
            metadata: { display_phone_number: "15550783881", phone_number_id: "106540352242922" },
            contacts: [{ profile: { name: "Rudi Hartono" }, wa_id: from }],
            messages: [{ from, id, timestamp: "1749416383", type: "text", text: { body: text } }],
          },
        },
      ],
    },
  ],
});
const sign = (raw: string, secret = "rahasia-aplikasi-uji") =>
  `sha256=${createHmac("sha256", secret).update(raw).digest("hex")}`;
const waPostReq = (raw: string, sig: string) =>
  waPost(
    new Request("http://localhost/api/v1/channels/whatsapp", {
      method: "POST",
      headers: { "content-type": "application/json", "x-hub-signature-256": sig },
      body: raw,
    }),
    NOCTX,
  );

describe("WhatsApp webhook", () => {
  it("answers the verification handshake only with the right token", async () => {
    const ok = await waGet(
      new Request(
        "http://localhost/api/v1/channels/whatsapp?hub.mode=subscribe&hub.verify_token=verifikasi-uji&hub.challenge=1158201444",
      ),
      NOCTX,
    );
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe("1158201444");
    expect(
      (
        await waGet(
          new Request(
            "http://localhost/api/v1/channels/whatsapp?hub.mode=subscribe&hub.verify_token=salah&hub.challenge=1",
          ),
          NOCTX,
        )
      ).status,
    ).toBe(403);
  });

  it("turns a signed text message into an aspiration, replies with the code, and ignores a redelivery", async () => {
    const raw = JSON.stringify(
      waBody(
        "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=",
        "Mohon perbaikan lampu jalan di Jl. Ahmad Yani depan masjid, sudah mati dua minggu.",
      ),
    );
    const res = await waPostReq(raw, sign(raw));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ created: 1, duplicates: 0 });
    const again = await waPostReq(raw, sign(raw));
    expect(await again.json()).toMatchObject({ created: 0, duplicates: 1 });
    const rows = await db.select().from(aspirations).where(eq(aspirations.channel, "whatsapp"));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ reporterName: "Rudi Hartono", reporterPhone: "6281311112222" });
    const replies = await db.select().from(outboxMessages).where(eq(outboxMessages.relatedId, rows[0].id));
    expect(replies.map((r) => [r.channel, r.recipient])).toEqual([["whatsapp", "6281311112222"]]);
    expect(replies[0].body).toContain(rows[0].trackingCode);
  });

  it("refuses a wrong or missing signature and creates nothing", async () => {
    const raw = JSON.stringify(waBody("wamid.OTHER", "Pesan palsu yang tidak ditandatangani dengan benar."));
    const wrong = await waPostReq(raw, sign(raw, "kunci-lain"));
    expect(wrong.status).toBe(401);
    // A channel error names the channel's own check, never a login prompt.
    const msg = JSON.stringify(await wrong.json());
    expect(msg).toMatch(/X-Hub-Signature-256/);
    expect(msg).not.toMatch(/masuk terlebih dahulu/);
    expect((await waPostReq(raw, "")).status).toBe(401);
    expect((await waPostReq(raw.replace("palsu", "asli!"), sign(raw))).status).toBe(401);
    expect((await db.select().from(aspirations).where(eq(aspirations.sourceRef, "wa:wamid.OTHER"))).length).toBe(0);
  });
});

describe("e-mail channel and delivery through the outbox", () => {
  const received: { to: string; raw: string }[] = [];
  let server: SMTPServer;
  let port = 0;
  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, session, cb) {
        let raw = "";
        stream.on("data", (c) => (raw += c));
        stream.on("end", () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(","), raw });
          cb();
        });
      },
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    port = (server.server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const rawMail = (messageId: string) =>
    [
      "From: Dewi Lestari <dewi.lestari@contoh.id>",
      "To: aspirasi@dprd.balikpapan.go.id",
      "Subject: Banjir di Perumahan Balikpapan Baru",
      `Message-ID: <${messageId}>`,
      "MIME-Version: 1.0",
      'Content-Type: multipart/mixed; boundary="b1"',
      "",
      "--b1",
      "Content-Type: text/plain; charset=utf-8",
      "",
      "Setiap hujan deras, jalan utama perumahan tergenang setinggi lutut. Mohon drainase diperbaiki.",
      "--b1",
      'Content-Type: application/pdf; name="foto.pdf"',
      "Content-Transfer-Encoding: base64",
      'Content-Disposition: attachment; filename="foto.pdf"',
      "",
      tinyPdf().toString("base64"),
      "--b1--",
      "",
    ].join("\r\n");

  const mailReq = (raw: string, secret = "rahasia-email-uji") =>
    emailRoute(
      new Request("http://localhost/api/v1/channels/email", {
        method: "POST",
        headers: { authorization: `Bearer ${secret}`, "content-type": "message/rfc822" },
        body: raw,
      }),
      NOCTX,
    );

  it("creates one aspiration per Message-ID and delivers the code by SMTP", async () => {
    const res = await mailReq(rawMail("abc123@contoh.id"));
    expect(res.status).toBe(201);
    const { trackingCode } = await res.json();
    const again = await mailReq(rawMail("abc123@contoh.id"));
    expect(await again.json()).toEqual({ trackingCode, duplicate: true });
    const [a] = await db.select().from(aspirations).where(eq(aspirations.trackingCode, trackingCode));
    expect(a).toMatchObject({
      channel: "email",
      reporterEmail: "dewi.lestari@contoh.id",
      title: "Banjir di Perumahan Balikpapan Baru",
    });
    const sent = await deliverBatch([smtpTransport(`smtp://127.0.0.1:${port}`, "Si Dilan <no-reply@sidilan.test>")]);
    expect(sent.sent).toBeGreaterThan(0);
    const mine = received.find((m) => m.to === "dewi.lestari@contoh.id");
    expect(mine).toBeTruthy();
    const parsed = await simpleParser(mine!.raw);
    expect(parsed.text).toContain(trackingCode);
  });

  it("refuses a wrong secret and garbage", async () => {
    const badMail = await mailReq(rawMail("x@y"), "salah");
    expect(badMail.status).toBe(401);
    expect(JSON.stringify(await badMail.json())).not.toMatch(/masuk terlebih dahulu/);
    expect((await mailReq("")).status).toBe(400);
    expect((await mailReq("bukan email sama sekali")).status).toBeLessThan(500);
  });
});
