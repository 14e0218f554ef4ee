import { and, eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { verifyLogin } from "@/lib/auth/login";
import { db } from "@/lib/db";
import { auditLog, outboxMessages, passwordSetupTokens, users } from "@/lib/db/schema";
import { isAppError } from "@/lib/errors";
import { applyUserImport, parseCsv, planUserImport } from "@/lib/users/import";
import {
  createUserFromTerminal,
  issuePasswordSetupToken,
  SETUP_MAX_PER_IP,
  setPasswordWithToken,
  TOKEN_MESSAGES,
} from "@/lib/users/password-setup";
import { actorFor, DEMO } from "../helpers/actors";

const session = vi.hoisted(() => ({ actor: null as Actor | null, ip: "10.20.0.1" }));
vi.mock("@/lib/auth/session", () => ({
  sessionActor: async () => session.actor,
  currentActor: async () => session.actor,
  actorFromRequest: async () => session.actor,
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": session.ip }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { applyImportAction, planImportAction, setPasswordWithTokenAction } = await import("@/lib/users/actions");

let ipSeq = 0;
/** A fresh client IP per test, so the per-IP limit of one test does not leak into another. */
const nextIp = () => `10.30.${Math.floor(++ipSeq / 250)}.${ipSeq % 250}`;

async function caught(p: Promise<unknown>) {
  const e: unknown = await p.catch((x: unknown) => x);
  if (!isAppError(e)) throw new Error(`expected AppError, got ${String(e)}`);
  return e;
}

function tokenOf(link: string): string {
  const url = new URL(link);
  expect(url.pathname).toBe("/masuk/atur-sandi");
  return url.searchParams.get("token")!;
}

async function counts() {
  const n = async (t: typeof users | typeof outboxMessages | typeof passwordSetupTokens | typeof auditLog) =>
    (await db.select({ n: sql<number>`count(*)::int` }).from(t))[0].n;
  return {
    users: await n(users),
    outbox: await n(outboxMessages),
    tokens: await n(passwordSetupTokens),
    audit: await n(auditLog),
  };
}

beforeEach(() => {
  session.ip = nextIp();
});

describe("npm run user:create (service)", () => {
  it("creates an administrator with a typed password who can then log in", async () => {
    const r = await createUserFromTerminal(
      { role: "admin", email: "Admin.Pertama@Pemkot.test", name: "Admin Pertama" },
      { password: "kalimat sandi panjang", operator: "root" },
    );
    expect(r.link).toBeUndefined();
    const user = await verifyLogin(
      { email: "admin.pertama@pemkot.test", password: "kalimat sandi panjang" },
      session.ip,
    );
    expect(user).toMatchObject({ id: r.id, role: "admin" });
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, r.id), eq(auditLog.action, "user.create")));
    expect(audit.actorLabel).toBe("terminal (root)");
    expect(audit.detail).toMatchObject({ via: "cli", role: "admin" });
    expect(JSON.stringify(audit)).not.toContain("kalimat sandi panjang");
  });

  it("refuses a duplicate e-mail (any case) and a short password, writing nothing", async () => {
    const before = await counts();
    const dup = await caught(
      createUserFromTerminal(
        { role: "staff", email: DEMO.staff.toUpperCase(), name: "Orang Lain" },
        { password: "kalimat sandi panjang" },
      ),
    );
    expect(dup.fieldErrors?.email).toContain("Email sudah dipakai akun lain.");
    const short = await caught(
      createUserFromTerminal({ role: "admin", email: "baru@pemkot.test", name: "Baru Sekali" }, { password: "pendek" }),
    );
    expect(short.fieldErrors?.password?.[0]).toMatch(/minimal 10 karakter/);
    const member = await caught(
      createUserFromTerminal({ role: "member", email: "anggota@pemkot.test", name: "Tanpa Dapil" }, {}),
    );
    expect(member.fieldErrors?.dapilId).toBeDefined();
    expect(await counts()).toEqual(before);
  });

  it("with a link: nobody can log in until the link is used, and the link works exactly once", async () => {
    const r = await createUserFromTerminal(
      { role: "staff", email: "staf.baru@pemkot.test", name: "Staf Baru", unit: "Bagian Umum" },
      {},
    );
    expect(r.link).toMatch(/^http:\/\/localhost:3000\/masuk\/atur-sandi\?token=/);
    const token = tokenOf(r.link!);
    const [row] = await db.select().from(passwordSetupTokens).where(eq(passwordSetupTokens.userId, r.id));
    expect(row.tokenHash).not.toBe(token);
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.expiresAt.getTime() - Date.now()).toBeGreaterThan(71 * 3600_000);

    await setPasswordWithToken(
      { token, password: "sandi pilihan sendiri", confirm: "sandi pilihan sendiri" },
      session.ip,
    );
    expect(
      await verifyLogin({ email: "staf.baru@pemkot.test", password: "sandi pilihan sendiri" }, session.ip),
    ).toMatchObject({ id: r.id });

    const again = await caught(
      setPasswordWithToken({ token, password: "sandi orang lain 123", confirm: "sandi orang lain 123" }, session.ip),
    );
    expect(again.message).toBe(TOKEN_MESSAGES.used);
    expect(
      await verifyLogin({ email: "staf.baru@pemkot.test", password: "sandi orang lain 123" }, session.ip),
    ).toBeNull();
    const audits = await db.select().from(auditLog).where(eq(auditLog.action, "user.passwordSetup"));
    expect(audits.map((a) => a.outcome)).toEqual(expect.arrayContaining(["success", "failure"]));
    expect(JSON.stringify(audits)).not.toContain(token);
  });

  it("refuses an expired, an unknown and a superseded token with clear messages", async () => {
    const r = await createUserFromTerminal({ role: "staff", email: "kedaluwarsa@pemkot.test", name: "Staf Lama" }, {});
    const token = tokenOf(r.link!);
    await db
      .update(passwordSetupTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(passwordSetupTokens.userId, r.id));
    const input = { password: "sandi yang cukup panjang", confirm: "sandi yang cukup panjang" };
    expect((await caught(setPasswordWithToken({ token, ...input }, session.ip))).message).toBe(TOKEN_MESSAGES.expired);
    expect((await caught(setPasswordWithToken({ token: "bukan-token", ...input }, session.ip))).message).toBe(
      TOKEN_MESSAGES.unknown,
    );

    const first = await db.transaction((tx) => issuePasswordSetupToken(r.id, undefined, tx));
    const second = await db.transaction((tx) => issuePasswordSetupToken(r.id, undefined, tx));
    expect((await caught(setPasswordWithToken({ token: first, ...input }, session.ip))).message).toBe(
      TOKEN_MESSAGES.expired,
    );
    await setPasswordWithToken({ token: second, ...input }, session.ip);
    expect(
      await verifyLogin({ email: "kedaluwarsa@pemkot.test", password: input.password }, session.ip),
    ).not.toBeNull();
  });

  it("limits token attempts per IP address", async () => {
    const ip = nextIp();
    for (let i = 0; i < SETUP_MAX_PER_IP; i++) {
      const e = await caught(
        setPasswordWithToken({ token: `tebakan-${i}`, password: "x".repeat(12), confirm: "x".repeat(12) }, ip),
      );
      expect(e.code).toBe("validation");
    }
    const limited = await caught(
      setPasswordWithToken({ token: "tebakan-lagi", password: "x".repeat(12), confirm: "x".repeat(12) }, ip),
    );
    expect(limited.code).toBe("rate_limited");
    // Another address is not affected.
    expect(
      (
        await caught(
          setPasswordWithToken({ token: "tebakan-lagi", password: "x".repeat(12), confirm: "x".repeat(12) }, nextIp()),
        )
      ).code,
    ).toBe("validation");
  });
});

describe("set-password action (the /masuk/atur-sandi form)", () => {
  it("returns the errors beside the fields, then succeeds and the user can log in", async () => {
    const r = await createUserFromTerminal({ role: "staff", email: "lewat.form@pemkot.test", name: "Lewat Form" }, {});
    const token = tokenOf(r.link!);
    const form = (password: string, confirm: string, t = token) => {
      const fd = new FormData();
      fd.set("token", t);
      fd.set("password", password);
      fd.set("confirm", confirm);
      return fd;
    };
    const bad = await setPasswordWithTokenAction({ status: "idle" }, form("pendek", "lain"));
    expect(bad.status).toBe("error");
    expect(bad.fieldErrors?.password?.[0]).toMatch(/minimal 10 karakter/);
    expect(bad.fieldErrors?.confirm).toEqual(["Kata sandi dan ulangannya tidak sama."]);

    const unknown = await setPasswordWithTokenAction(
      { status: "idle" },
      form("sandi lewat formulir", "sandi lewat formulir", "salah"),
    );
    expect(unknown).toMatchObject({ status: "error", message: TOKEN_MESSAGES.unknown });

    // Success redirects to the login page (a re-render here would find the token used).
    const ok: unknown = await setPasswordWithTokenAction(
      { status: "idle" },
      form("sandi lewat formulir", "sandi lewat formulir"),
    ).catch((e: unknown) => e);
    expect(String((ok as { digest?: string }).digest)).toMatch(/^NEXT_REDIRECT;.*\/masuk\?sandi=diatur/);
    expect(
      await verifyLogin({ email: "lewat.form@pemkot.test", password: "sandi lewat formulir" }, session.ip),
    ).not.toBeNull();
    const used = await setPasswordWithTokenAction(
      { status: "idle" },
      form("sandi lewat formulir", "sandi lewat formulir"),
    );
    expect(used).toMatchObject({ status: "error", message: TOKEN_MESSAGES.used });
  });
});

const HEADER = "peran,nama,email,jabatan,bagian,dapil,komisi,fraksi,nip,telepon";
const GOOD = [
  HEADER,
  'anggota,"Hj. Siti, S.E.",siti@dprd.test,Anggota,,1,Komisi II,Fraksi Partai Golkar,,',
  "anggota,Budi Santoso,budi@dprd.test,Wakil Ketua DPRD,,Dapil 3,,PKS,,0812 3456 7890",
  "staf,Rina Wati,rina@dprd.test,Kepala Subbagian,Bagian Persidangan,,,,198501012010012001,",
].join("\r\n");

describe("CSV import of users", () => {
  it("parses quotes, doubled quotes, a BOM and Excel's semicolons", () => {
    expect(parseCsv('a,b\r\n"x, ""y""",z\n')).toEqual([
      ["a", "b"],
      ['x, "y"', "z"],
    ]);
    expect(parseCsv('\uFEFFperan;nama\nstaf;"A; B"\n\n')).toEqual([
      ["peran", "nama"],
      ["staf", "A; B"],
    ]);
    expect(parseCsv('a,b\n"baris\ndua",c')).toEqual([
      ["a", "b"],
      ["baris\ndua", "c"],
    ]);
  });

  it("dry run shows create / update / unchanged / errors per line and writes nothing", async () => {
    const admin = await actorFor(DEMO.admin);
    const before = await counts();
    const plan = await planUserImport(
      admin,
      [
        HEADER,
        "anggota,Satu Baru,satu@dprd.test,,,1,,Fraksi PKS,,",
        `staf,Staf Umum Diubah,${DEMO.staff},,Bagian Umum,,,,,`,
        "anggota,Tanpa Fraksi,tanpa@dprd.test,,,9,,,,",
        "pejabat,X,bukan-email,,,,,,,",
      ].join("\n"),
    );
    expect(plan.lines.map((l) => [l.line, l.action])).toEqual([
      [2, "create"],
      [3, "update"],
      [4, "error"],
      [5, "error"],
    ]);
    expect(plan.lines[2].notes).toEqual(
      expect.arrayContaining(['dapil: "9" tidak dikenal.', "fraksi: Anggota DPRD wajib memiliki fraksi."]),
    );
    expect(plan.lines[3].notes.join(" ")).toMatch(/peran: isi anggota, staf, atau admin/);
    expect(plan.counts).toEqual({ create: 1, update: 1, unchanged: 0, error: 2 });
    expect(await counts()).toEqual(before);
  });

  it("apply creates the rows and queues one set-password e-mail per new user; a second apply changes nothing", async () => {
    const admin = await actorFor(DEMO.admin);
    const plan = await applyUserImport(admin, GOOD);
    expect(plan.counts).toMatchObject({ create: 3, error: 0 });
    const siti = (await db.select().from(users).where(eq(users.email, "siti@dprd.test")))[0];
    expect(siti).toMatchObject({ name: "Hj. Siti, S.E.", role: "member" });
    expect(siti.dapilId).not.toBeNull();
    expect(siti.komisiId).not.toBeNull();
    expect((await db.select().from(users).where(eq(users.email, "rina@dprd.test")))[0]).toMatchObject({
      unit: "Bagian Persidangan",
      dapilId: null,
    });
    const mails = await db.select().from(outboxMessages).where(eq(outboxMessages.relatedType, "user"));
    expect(mails.map((m) => m.recipient).sort()).toEqual(["budi@dprd.test", "rina@dprd.test", "siti@dprd.test"]);
    const mail = mails.find((m) => m.recipient === "siti@dprd.test")!;
    const link = mail.body.match(/https?:\/\/\S+/)![0];
    await setPasswordWithToken(
      { token: tokenOf(link), password: "sandi anggota dewan", confirm: "sandi anggota dewan" },
      session.ip,
    );
    expect(await verifyLogin({ email: "siti@dprd.test", password: "sandi anggota dewan" }, session.ip)).toMatchObject({
      role: "member",
    });

    const again = await applyUserImport(admin, GOOD);
    expect(again.counts).toMatchObject({ create: 0, update: 0, unchanged: 3 });
    const changed = await planUserImport(admin, GOOD.replace("Komisi II", "Komisi III"));
    expect(changed.lines.find((l) => l.email === "siti@dprd.test")).toMatchObject({
      action: "update",
      notes: ["komisi"],
    });
  });

  it("apply with one bad line writes nothing at all", async () => {
    const admin = await actorFor(DEMO.admin);
    const before = await counts();
    const e = await caught(
      applyUserImport(
        admin,
        `${GOOD.replace(/siti@/, "siti2@").replace(/budi@/, "budi2@").replace(/rina@/, "rina2@")}\nanggota,Dobel,siti2@dprd.test,,,1,,PKS,,`,
      ),
    );
    expect(e.message).toMatch(/Impor dibatalkan: 1 baris bermasalah/);
    expect(await counts()).toEqual(before);
  });

  it("only administrators may import, through the admin actions too", async () => {
    const staff = await actorFor(DEMO.staff);
    expect((await caught(planUserImport(staff, GOOD))).code).toBe("forbidden");
    const fd = new FormData();
    fd.set("file", new File([GOOD.replace(/@dprd/g, "@ui.dprd")], "pengguna.csv", { type: "text/csv" }));
    session.actor = staff;
    expect(await planImportAction({ status: "idle" }, fd)).toMatchObject({
      status: "error",
      message: expect.stringMatching(/tidak memiliki akses/),
    });

    session.actor = await actorFor(DEMO.admin);
    const before = await counts();
    const planned = await planImportAction({ status: "idle" }, fd);
    expect(planned.status).toBe("success");
    expect(await counts()).toEqual(before);
    const csv = (planned.data as { csv: string }).csv;
    const confirm = new FormData();
    confirm.set("csv", csv);
    const applied = await applyImportAction({ status: "idle" }, confirm);
    expect(applied).toMatchObject({ status: "success", message: expect.stringMatching(/3 akun baru/) });
    expect((await counts()).users).toBe(before.users + 3);
    session.actor = null;
  });
});
