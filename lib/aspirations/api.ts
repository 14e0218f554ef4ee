import "server-only";
import type { z } from "zod";
import type { IncomingFile } from "@/lib/attachments/service";
import { can } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { checkAntiSpam } from "@/lib/antispam/service";
import { db, type Db } from "@/lib/db";
import { errors } from "@/lib/errors";
import { filesFromBody } from "@/lib/letters/api";
import { submitAspiration } from "./submit";
import type { PublicTracking } from "./public";
import type { trackingResponseSchema } from "./api-schema";

/**
 * The API submission: staff (session or token) may log staff channels and skip the challenge;
 * anonymous callers pass ALTCHA (unless PUBLIC_CHALLENGE=off) and the per-IP limit.
 */
export async function submitFromApi(actor: Actor | null, body: unknown, ip: string | null, tx: Db = db) {
  const { fields, files } = filesFromBody(body, "lampiran") as {
    fields: Record<string, unknown>;
    files: IncomingFile[];
  };
  const staff = can(actor, "aspiration.logChannel");
  if (!staff) {
    if (fields.channel !== undefined && fields.channel !== "api")
      throw errors.validation({ channel: ["Kanal ini hanya dapat dicatat oleh staf Sekretariat."] });
    await checkAntiSpam({ ip, fields, form: false, challenge: true }, tx);
  }
  return submitAspiration(
    staff ? actor : null,
    { ...fields, channel: fields.channel ?? (staff ? undefined : "api") },
    files,
    { channel: "api" },
    tx,
  );
}

/** The API view of the public tracking page (no personal data). */
export function trackingDto(t: PublicTracking): z.output<typeof trackingResponseSchema> {
  return {
    trackingCode: t.trackingCode,
    title: t.title,
    status: t.status,
    category: t.category,
    area: t.area,
    createdAt: t.createdAt,
    routedTo: t.routedTo,
    externalAgency: t.externalAgency,
    mergedInto: t.mergedInto,
    rating: t.rating,
    timeline: t.timeline.map((e) => ({ at: e.at, status: e.toStatus, note: e.publicNote, by: e.by })),
  };
}
