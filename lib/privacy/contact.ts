/** A person as identified by the contact details they gave: an e-mail and/or a phone number. */
export interface ContactKey {
  email?: string | null;
  phone?: string | null;
}

/** E-mail compared case-insensitively and trimmed. */
export function normalizeEmail(v: string | null | undefined): string | null {
  const s = (v ?? "").trim().toLowerCase();
  return s.includes("@") ? s : null;
}

/** Indonesian phone numbers compared as digits with the country code: 0812…, +62 812…, 62812… are one number. */
export function normalizePhone(v: string | null | undefined): string | null {
  let d = (v ?? "").replace(/\D/g, "");
  if (d.startsWith("0")) d = `62${d.slice(1)}`;
  return d.length >= 8 ? d : null;
}

export function normalizeContact(c: ContactKey): { email: string | null; phone: string | null } {
  return { email: normalizeEmail(c.email), phone: normalizePhone(c.phone) };
}
