import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Actor } from "@/lib/auth/roles";
import { workingDaysBetween } from "@/lib/calendar/working-days";
import { disposisi, users } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import type { DisposisiStatus, Instruction } from "../constants";
import { addressedTo } from "../policy";
import { isOverdue } from "../status";

/** One branch as shown in the tree, the recipient view and the lembar disposisi. */
export interface DisposisiNode {
  id: string;
  parentId: string | null;
  depth: number;
  fromLabel: string;
  fromName: string;
  recipientKind: "user" | "unit" | "komisi";
  recipientLabel: string;
  instructions: Instruction[];
  note: string | null;
  dueOn: string | null;
  status: DisposisiStatus;
  createdAt: Date;
  receivedAt: Date | null;
  receivedByName: string | null;
  reportNote: string | null;
  reportedAt: Date | null;
  closedAt: Date | null;
  closedByName: string | null;
  /** Addressed to the viewer (personally, their unit or komisi): they may act on it. */
  mine: boolean;
  overdue: boolean;
  /** Working days past the due date (0 when not overdue). */
  overdueDays: number;
}

const fromUser = alias(users, "disposisi_from_user");
const receivedUser = alias(users, "disposisi_received_user");
const closedUser = alias(users, "disposisi_closed_user");

/** Every branch of a letter, flat and in creation order. The caller has checked access to the letter. */
export async function loadBranches(
  letterId: string,
  viewer: Actor,
  today: string,
  holidays: ReadonlySet<string>,
  tx: Db = db,
): Promise<DisposisiNode[]> {
  const rows = await tx
    .select({
      id: disposisi.id,
      parentId: disposisi.parentId,
      depth: disposisi.depth,
      fromLabel: disposisi.fromLabel,
      fromName: fromUser.name,
      recipientKind: disposisi.recipientKind,
      recipientLabel: disposisi.recipientLabel,
      instructions: disposisi.instructions,
      note: disposisi.note,
      dueOn: disposisi.dueOn,
      status: disposisi.status,
      createdAt: disposisi.createdAt,
      receivedAt: disposisi.receivedAt,
      receivedByName: receivedUser.name,
      reportNote: disposisi.reportNote,
      reportedAt: disposisi.reportedAt,
      closedAt: disposisi.closedAt,
      closedByName: closedUser.name,
      mine: sql<boolean>`(${addressedTo(viewer)})`,
    })
    .from(disposisi)
    .innerJoin(fromUser, eq(fromUser.id, disposisi.fromUserId))
    .leftJoin(receivedUser, eq(receivedUser.id, disposisi.receivedBy))
    .leftJoin(closedUser, eq(closedUser.id, disposisi.closedBy))
    .where(eq(disposisi.letterId, letterId))
    .orderBy(asc(disposisi.createdAt), asc(disposisi.id));
  return rows.map((r) => {
    const overdue = isOverdue(r, today);
    return {
      ...r,
      instructions: r.instructions as Instruction[],
      mine: Boolean(r.mine),
      overdue,
      overdueDays: overdue && r.dueOn ? workingDaysBetween(r.dueOn, today, holidays) : 0,
    };
  });
}
