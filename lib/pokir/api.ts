import { filesFromJsonBody } from "@/lib/attachments/json-files";
import type { IncomingFile } from "@/lib/attachments/service";

/** Split a JSON body into proposal fields and decoded photos (`photos: [{ name, contentBase64 }]`); JSON numbers and booleans stay, nested objects become text. */
export function photosFromBody(body: unknown): { fields: Record<string, unknown>; files: IncomingFile[] } {
  return filesFromJsonBody(body, "photos", { flattenObjects: true });
}
