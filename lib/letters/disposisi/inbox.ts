import "server-only";
import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { disposisi, incomingLetters } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { todayWita } from "@/lib/letters/input-checks";
import type { DisposisiStatus, Instruction, Nature } from "../constants";
import { addressedTo, incomingVisibleTo } from "../policy";

export type InboxTab = "baru" | "terbuka" | "selesai" | "semua";

export interface InboxItem {
  branchId: string;
  letterId: string;
  agendaNumber: string;
  subject: string;
  sender: string;
  nature: Nature;
  fromLabel: string;
  recipientLabel: string;
  instructions: Instruction[];
  dueOn: string | null;
  status: DisposisiStatus;
  createdAt: Date;
  overdue: boolean;
}

function tabCondition(tab: InboxTab): SQL | undefined {
  if (tab === "baru") return eq(disposisi.status, "dikirim");
  if (tab === "terbuka") return sql`${disposisi.status} <> 'selesai'`;
  if (tab === "selesai") return eq(disposisi.status, "selesai");
  return undefined;
}

/** The dispositions addressed to the actor (personally, their unit or komisi): the recipient's inbox. */
export async function listMyDisposisi(
  actor: Actor | null,
  opts: { tab?: InboxTab; page?: number; pageSize?: number } = {},
  tx: Db = db,
) {
  const me = await requirePermission(actor, "letter.disposisi.receive", tx);
  const tab = opts.tab ?? "terbuka";
  const pageSize = Math.min(100, Math.max(1, opts.pageSize ?? 25));
  const page = Math.max(1, opts.page ?? 1);
  const today = todayWita();
  const where = and(addressedTo(me), tabCondition(tab));
  const rows = await tx
    .select({
      branchId: disposisi.id,
      letterId: disposisi.letterId,
      agendaNumber: incomingLetters.agendaNumber,
      subject: incomingLetters.subject,
      sender: incomingLetters.sender,
      nature: incomingLetters.nature,
      fromLabel: disposisi.fromLabel,
      recipientLabel: disposisi.recipientLabel,
      instructions: disposisi.instructions,
      dueOn: disposisi.dueOn,
      status: disposisi.status,
      createdAt: disposisi.createdAt,
    })
    .from(disposisi)
    .innerJoin(incomingLetters, eq(incomingLetters.id, disposisi.letterId))
    .where(where)
    .orderBy(sql`(${disposisi.status} = 'selesai')`, desc(disposisi.createdAt))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [{ total }] = await tx
    .select({ total: sql<number>`count(*)::int` })
    .from(disposisi)
    .where(where);
  const items: InboxItem[] = rows.map((r) => ({
    ...r,
    instructions: r.instructions as Instruction[],
    overdue: r.status !== "selesai" && r.dueOn !== null && r.dueOn < today,
  }));
  return { items, total, page, pageSize, tab };
}

/** How many dispositions wait for the actor's receipt (the in-app notification badge). */
export async function countNewDisposisi(actor: Actor | null, tx: Db = db): Promise<number> {
  if (!actor) return 0;
  const [{ n }] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(disposisi)
    .where(and(addressedTo(actor), eq(disposisi.status, "dikirim")));
  return n;
}

/** Letters addressed to the actor's own account (e.g. to the Ketua DPRD), newest first. */
export async function listAddressedToMe(actor: Actor | null, limit = 10, tx: Db = db) {
  const me = await requirePermission(actor, "letter.disposisi.read", tx);
  return tx
    .select({
      id: incomingLetters.id,
      agendaNumber: incomingLetters.agendaNumber,
      subject: incomingLetters.subject,
      sender: incomingLetters.sender,
      nature: incomingLetters.nature,
      status: incomingLetters.status,
      receivedOn: incomingLetters.receivedOn,
    })
    .from(incomingLetters)
    .where(and(eq(incomingLetters.addresseeUserId, me.id), incomingVisibleTo(me)))
    .orderBy(desc(incomingLetters.receivedOn), desc(incomingLetters.agendaSeq))
    .limit(Math.min(50, Math.max(1, limit)));
}
