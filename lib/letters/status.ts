import type { DisposisiStatus, IncomingStatus } from "./constants";

/**
 * The status of an incoming letter that follows from its disposition branches: none → diterima,
 * all sent but untouched → didisposisikan, someone acted → ditindaklanjuti, every branch closed →
 * selesai. An archived letter stays archived.
 */
export function deriveLetterStatus(current: IncomingStatus, branches: { status: DisposisiStatus }[]): IncomingStatus {
  if (current === "diarsipkan") return current;
  if (branches.length === 0) return "diterima";
  if (branches.every((b) => b.status === "selesai")) return "selesai";
  if (branches.some((b) => b.status !== "dikirim")) return "ditindaklanjuti";
  return "didisposisikan";
}

/** Whether an open branch is past its due date (YYYY-MM-DD, compared with today's WITA date). */
export function isOverdue(branch: { status: DisposisiStatus; dueOn: string | null }, today: string): boolean {
  return branch.status !== "selesai" && branch.dueOn !== null && branch.dueOn < today;
}

export interface TreeNode<T> {
  item: T;
  children: TreeNode<T>[];
}

/** Arrange flat branches (id, parentId) into a forest, keeping the input order among siblings. */
export function buildTree<T extends { id: string; parentId: string | null }>(items: T[]): TreeNode<T>[] {
  const nodes = new Map(items.map((i) => [i.id, { item: i, children: [] as TreeNode<T>[] }]));
  const roots: TreeNode<T>[] = [];
  for (const i of items) {
    const node = nodes.get(i.id)!;
    const parent = i.parentId ? nodes.get(i.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}
