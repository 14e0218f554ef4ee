/*
 * npm run user:create -- --role admin --email admin@example.go.id --name "Nama Lengkap"
 *   [--position …] [--unit "Bagian Umum"] [--dapil 3] [--komisi "Komisi II"] [--fraksi "Fraksi PKS"]
 *   [--nip …] [--phone …] [--link]
 *
 * Creates an account from the server's terminal (how the first administrator comes to exist).
 * The password is typed without echo when stdin is a terminal; it is never accepted as an
 * argument, so it never lands in the shell history. With --link, or when stdin is not a
 * terminal, it prints a one-time set-password link instead (valid 72 hours).
 * Refused while a running server holds the PGlite folder (use PostgreSQL, or stop the server).
 */
import { parseArgs } from "node:util";
import nextEnv from "@next/env";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/password";
import { openConfiguredDb } from "@/lib/db";
import { runMigrations } from "@/lib/db/migrate";
import { seedReference } from "@/lib/seed";
import { isAppError } from "@/lib/errors";
import { resolveMemberRefs } from "@/lib/users/import";
import { createUserFromTerminal, SETUP_TOKEN_TTL_HOURS } from "@/lib/users/password-setup";

nextEnv.loadEnvConfig(process.cwd());

const USAGE =
  "Pemakaian: npm run user:create -- --role admin|staff|member --email EMAIL --name NAMA [--position JABATAN] [--unit BAGIAN]\n" +
  "           [--dapil NOMOR] [--komisi NAMA] [--fraksi NAMA] [--nip NIP] [--phone TELEPON] [--link]";

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

if (process.argv.some((a) => a === "--password" || a.startsWith("--password="))) {
  fail(
    "--password tidak diterima: kata sandi di baris perintah tersimpan di riwayat shell. Ketik saat diminta, atau pakai --link.",
  );
}

let values: Record<string, string | boolean | undefined>;
try {
  ({ values } = parseArgs({
    options: {
      role: { type: "string" },
      email: { type: "string" },
      name: { type: "string" },
      position: { type: "string" },
      unit: { type: "string" },
      dapil: { type: "string" },
      komisi: { type: "string" },
      fraksi: { type: "string" },
      nip: { type: "string" },
      phone: { type: "string" },
      link: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
    strict: true,
  }));
} catch (e) {
  fail(`${(e as Error).message}\n${USAGE}`);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (!values.role || !values.email || !values.name) fail(`--role, --email dan --name wajib diisi.\n${USAGE}`);

/** Read a line from the terminal without echoing it. */
function askHidden(prompt: string): Promise<string> {
  const stdin = process.stdin;
  // Echo off before the prompt appears, so nothing typed right after it is shown.
  stdin.setRawMode(true);
  process.stdout.write(prompt);
  stdin.resume();
  stdin.setEncoding("utf8");
  return new Promise((resolve, reject) => {
    let buf = "";
    const cleanup = () => {
      stdin.off("data", onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stdout.write("\n");
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === "\r" || ch === "\n") {
          cleanup();
          return resolve(buf);
        }
        if (ch === "\u0003" || ch === "\u0004") {
          cleanup();
          return reject(new Error("Dibatalkan."));
        }
        if (ch === "\u007f" || ch === "\b") buf = buf.slice(0, -1);
        else buf += ch;
      }
    };
    stdin.on("data", onData);
  });
}

async function askPassword(): Promise<string> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const pw = await askHidden(`Kata sandi (minimal ${PASSWORD_MIN} karakter, tidak tampil): `);
    if (pw.length < PASSWORD_MIN || pw.length > PASSWORD_MAX) {
      console.error(`Kata sandi harus ${PASSWORD_MIN}–${PASSWORD_MAX} karakter.`);
      continue;
    }
    if ((await askHidden("Ulangi kata sandi: ")) !== pw) {
      console.error("Kata sandi dan ulangannya tidak sama.");
      continue;
    }
    return pw;
  }
  throw new Error("Kata sandi tidak diatur setelah 3 percobaan.");
}

const useLink = values.link === true || !process.stdin.isTTY;
const handle = openConfiguredDb();
let code = 0;
try {
  await runMigrations(handle);
  await seedReference(handle.db);
  const refs = await resolveMemberRefs(
    { dapil: values.dapil as string, komisi: values.komisi as string, fraksi: values.fraksi as string },
    handle.db,
  );
  const input = {
    role: values.role,
    email: values.email,
    name: values.name,
    position: values.position ?? "",
    unit: values.unit ?? "",
    nip: values.nip ?? "",
    phone: values.phone ?? "",
    ...refs,
  };
  const password = useLink ? undefined : await askPassword();
  const operator = process.env.SUDO_USER || process.env.USER || undefined;
  const r = await createUserFromTerminal(input, { password, operator }, handle.db);
  console.log(`Akun dibuat: ${String(values.email).toLowerCase()} (${values.role}), id ${r.id}.`);
  if (r.link) {
    console.log(`Tautan sekali pakai untuk mengatur kata sandi (berlaku ${SETUP_TOKEN_TTL_HOURS} jam):\n${r.link}`);
    console.log("Sampaikan tautan ini hanya kepada pemilik akun.");
  } else console.log("Pengguna dapat masuk di /masuk.");
} catch (e) {
  code = 1;
  if (isAppError(e)) {
    console.error(e.message);
    for (const [field, msgs] of Object.entries(e.fieldErrors ?? {}))
      console.error(`  ${field}: ${(msgs ?? []).join(" ")}`);
  } else console.error((e as Error).message);
} finally {
  await handle.close();
}
process.exit(code);
