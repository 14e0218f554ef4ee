import { and, eq } from "drizzle-orm";
import forge from "node-forge";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { auditLog, signerCertificates } from "@/lib/db/schema";
import { organisationCa } from "@/lib/signing/authority";
import { importSignerP12 } from "@/lib/signing/service";
import { addTrustedRoot, removeTrustedRoot } from "@/lib/signing/trust";
import { createCa, issueCertificate, toP12, type Credential } from "@/lib/signing/x509";
import { actorFor, DEMO } from "../helpers/actors";

const CA_NAME = "Si Dilan CA — Sekretariat DPRD Kota Balikpapan";
let admin: Actor, staff: Actor, userA: Actor;

beforeAll(async () => {
  admin = await actorFor(DEMO.admin);
  staff = await actorFor(DEMO.staff);
  userA = await actorFor(DEMO.staff2);
});

/** Re-sign a credential's certificate after changing it (validity, key usage) with the issuing CA's key. */
function mutate(cred: Credential, ca: { keyDer: Buffer }, fn: (c: forge.pki.Certificate) => void): Credential {
  const cert = forge.pki.certificateFromAsn1(forge.asn1.fromDer(cred.certDer.toString("binary")));
  fn(cert);
  cert.sign(
    forge.pki.privateKeyFromAsn1(forge.asn1.fromDer(ca.keyDer.toString("binary"))) as forge.pki.rsa.PrivateKey,
    forge.md.sha256.create(),
  );
  const der = Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), "binary");
  return { ...cred, certDer: der, certPem: forge.pki.certificateToPem(cert) };
}

const p12 = (cred: Credential) => toP12(cred, "sandi-uji", "uji");

describe("importing a signer certificate checks who it names and who issued it", () => {
  it("refuses a certificate for another person from a fake CA copying the Si Dilan CA name, listing subject and chain", async () => {
    await organisationCa();
    const fake = createCa(CA_NAME);
    const forB = issueCertificate(fake, { name: "Budi Orang Lain", email: "b@contoh.test" });
    const err = await importSignerP12(admin, { userId: userA.id, passphrase: "sandi-uji", file: p12(forB) }).catch(
      (e) => e,
    );
    expect(err).toMatchObject({ status: 422 });
    expect(err.message).toMatch(/Nama pada sertifikat \("Budi Orang Lain"\)/);
    expect(err.message).toMatch(/Rantai sertifikat tidak tervalidasi/);
    expect(err.fieldErrors.berkas).toHaveLength(2);
    expect(await db.select().from(signerCertificates).where(eq(signerCertificates.userId, userA.id))).toHaveLength(0);
    // Override without a reason is a field error; with a reason the import is accepted and audited.
    await expect(
      importSignerP12(admin, {
        userId: userA.id,
        passphrase: "sandi-uji",
        override: "on",
        overrideReason: "",
        file: p12(forB),
      }),
    ).rejects.toMatchObject({ fieldErrors: { overrideReason: [expect.any(String)] } });
    const id = await importSignerP12(admin, {
      userId: userA.id,
      passphrase: "sandi-uji",
      override: "on",
      overrideReason: "Sertifikat uji sementara dari PSrE, akar menyusul.",
      file: p12(forB),
    });
    const [row] = await db.select().from(signerCertificates).where(eq(signerCertificates.id, id));
    expect(row).toMatchObject({
      isActive: true,
      chainVerified: false,
      override: { checks: ["nama", "rantai"], reason: "Sertifikat uji sementara dari PSrE, akar menyusul." },
    });
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "signer.importP12.override"), eq(auditLog.entityId, userA.id)));
    expect(audit.detail).toMatchObject({
      overrideReason: "Sertifikat uji sementara dari PSrE, akar menyusul.",
      failedChecks: [{ code: "nama" }, { code: "rantai" }],
    });
  });

  it("refuses an expired certificate and one without digitalSignature/nonRepudiation, even with an override", async () => {
    const ca = await organisationCa();
    const good = issueCertificate(ca, { name: userA.name, email: userA.email });
    const expired = mutate(good, ca, (c) => {
      c.validity.notBefore = new Date(Date.now() - 400 * 86400_000);
      c.validity.notAfter = new Date(Date.now() - 86400_000);
    });
    await expect(
      importSignerP12(admin, {
        userId: userA.id,
        passphrase: "sandi-uji",
        override: "on",
        overrideReason: "coba paksa saja ya",
        file: p12(expired),
      }),
    ).rejects.toMatchObject({ status: 422, message: expect.stringMatching(/kedaluwarsa/) });
    const noSign = mutate(good, ca, (c) => {
      c.setExtensions([
        { name: "basicConstraints", cA: false },
        { name: "keyUsage", keyEncipherment: true, critical: true },
      ]);
    });
    await expect(
      importSignerP12(admin, { userId: userA.id, passphrase: "sandi-uji", file: p12(noSign) }),
    ).rejects.toMatchObject({ status: 422, message: expect.stringMatching(/digitalSignature/) });
  });

  it("accepts an organisation-CA certificate for the right person (titles and case ignored) and checks the NIK", async () => {
    const ca = await organisationCa();
    const titled = issueCertificate(ca, { name: `Dr. ${userA.name.toUpperCase()}, M.Si.`, email: userA.email });
    const id = await importSignerP12(admin, { userId: userA.id, passphrase: "sandi-uji", file: p12(titled) });
    expect((await db.select().from(signerCertificates).where(eq(signerCertificates.id, id)))[0]).toMatchObject({
      chainVerified: true,
      override: null,
    });
    await expect(
      importSignerP12(staff, { userId: userA.id, passphrase: "sandi-uji", file: p12(titled) }),
    ).rejects.toMatchObject({ status: 403 });
  });

  it("accepts a certificate from a root an admin added, and refuses it again once the root is removed", async () => {
    const bsre = createCa("BSrE Uji Root");
    const cred = issueCertificate(bsre, { name: userA.name, email: userA.email });
    await expect(
      importSignerP12(admin, { userId: userA.id, passphrase: "sandi-uji", file: p12(cred) }),
    ).rejects.toMatchObject({ message: expect.stringMatching(/Rantai/) });
    await expect(addTrustedRoot(staff, { pem: bsre.certPem })).rejects.toMatchObject({ status: 403 });
    await expect(addTrustedRoot(admin, { pem: "bukan pem" })).rejects.toMatchObject({ status: 422 });
    const leafPem = forge.pki.certificateToPem(
      forge.pki.certificateFromAsn1(forge.asn1.fromDer(cred.certDer.toString("binary"))),
    );
    await expect(addTrustedRoot(admin, { pem: leafPem })).rejects.toMatchObject({
      fieldErrors: { pem: [expect.stringMatching(/bukan sertifikat CA/)] },
    });
    const rootId = await addTrustedRoot(admin, { pem: bsre.certPem });
    expect(
      await db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, "signer.trustedRoot.add"), eq(auditLog.entityId, rootId))),
    ).toHaveLength(1);
    await importSignerP12(admin, { userId: userA.id, passphrase: "sandi-uji", file: p12(cred) });
    await removeTrustedRoot(admin, rootId);
    expect(
      await db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, "signer.trustedRoot.remove"), eq(auditLog.entityId, rootId))),
    ).toHaveLength(1);
    await expect(
      importSignerP12(admin, { userId: userA.id, passphrase: "sandi-uji", file: p12(cred) }),
    ).rejects.toMatchObject({ status: 422 });
  });
});
