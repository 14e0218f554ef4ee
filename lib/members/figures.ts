import "server-only";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import { localDate } from "@/lib/calendar/working-days";
import { db } from "@/lib/db";
import { users } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import type { memberFiguresSchema } from "./api-schema";
import { memberAspirations } from "./aspirations";
import { memberAttendance } from "./attendance";
import { findMemberBySlug, listPublicMembers, memberBodies, type PublicMember } from "./directory";
import { last12Months, masaSidangOf, yearOf } from "./periods";
import { memberPokir, memberReses } from "./pokir-reses";

/** Everything on a member's public profile; plain JSON (dates as YYYY-MM-DD), safe to cache. */
export type MemberFigures = z.output<typeof memberFiguresSchema>;

/** Compute the figures of one member as of `now`. */
export async function computeMemberFigures(
  member: PublicMember,
  now: Date = new Date(),
  tx: Db = db,
): Promise<MemberFigures> {
  const today = localDate(now);
  const window = last12Months(now);
  const [routing] = await tx
    .select({ dapilId: users.dapilId, komisiId: users.komisiId })
    .from(users)
    .where(eq(users.id, member.id));
  const [bodies, attendance, aspirations, pokir, reses] = await Promise.all([
    memberBodies(member.id, tx),
    memberAttendance(member.id, yearOf(today), masaSidangOf(today), tx),
    memberAspirations(
      { id: member.id, dapilId: routing?.dapilId ?? null, komisiId: routing?.komisiId ?? null },
      window.since,
      now,
      tx,
    ),
    memberPokir(member.id, tx),
    memberReses(member.id, undefined, tx),
  ]);
  return {
    member,
    bodies,
    asOf: today,
    attendance,
    aspirations: { ...aspirations, since: localDate(window.since) },
    pokir,
    reses,
  };
}

/** The profile figures of the member with this slug, or null. */
export async function memberFiguresBySlug(
  slug: string,
  now: Date = new Date(),
  tx: Db = db,
): Promise<MemberFigures | null> {
  const member = await findMemberBySlug(slug, tx);
  return member ? computeMemberFigures(member, now, tx) : null;
}

/** The figures of every member (open data, API list), computed a few at a time. */
export async function allMemberFigures(now: Date = new Date(), tx: Db = db): Promise<MemberFigures[]> {
  const members = await listPublicMembers({}, tx);
  const out: MemberFigures[] = [];
  for (let i = 0; i < members.length; i += 5)
    out.push(...(await Promise.all(members.slice(i, i + 5).map((m) => computeMemberFigures(m, now, tx)))));
  return out;
}
