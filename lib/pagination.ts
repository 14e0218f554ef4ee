import { isUuid } from "@/lib/validation";

/** Keyset cursor: created_at + id of the last item shown. */
export function encodeCursor(createdAt: Date, id: string): string {
  return Buffer.from(`${createdAt.toISOString()}|${id}`).toString("base64url");
}

/** Decode a cursor; a malformed one means "first page". */
export function decodeCursor(c: string | undefined): { at: string; id: string } | null {
  if (!c) return null;
  const [at, id] = Buffer.from(c, "base64url").toString().split("|");
  if (!at || !id || Number.isNaN(Date.parse(at)) || !isUuid(id)) return null;
  return { at: new Date(at).toISOString(), id };
}
