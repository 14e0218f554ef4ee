import type { ReactNode } from "react";
import { formatDate, formatDateTime } from "@/lib/format";
import { INSTRUCTION_LABELS } from "@/lib/letters/constants";
import type { DisposisiNode } from "@/lib/letters/disposisi/tree";
import { buildTree, type TreeNode } from "@/lib/letters/status";
import { DisposisiStatusBadge, OverdueBadge } from "./badges";

const KIND = { user: "", unit: "unit kerja", komisi: "komisi" } as const;

function Node({
  node,
  renderActions,
}: {
  node: TreeNode<DisposisiNode>;
  renderActions?: (n: DisposisiNode) => ReactNode;
}) {
  const n = node.item;
  return (
    <li className="mt-3">
      <article
        aria-label={`Disposisi kepada ${n.recipientLabel}`}
        className={`rounded-md border p-3 ${n.overdue ? "border-red-300 bg-red-50" : n.mine && n.status !== "selesai" ? "border-brand-300 bg-brand-50" : "border-slate-200 bg-white"}`}
      >
        <div className="flex flex-wrap items-center gap-2">
          <h4 className="font-semibold">
            {n.recipientLabel}
            {KIND[n.recipientKind] ? (
              <span className="ml-1 text-xs font-normal text-slate-600">({KIND[n.recipientKind]})</span>
            ) : null}
          </h4>
          <DisposisiStatusBadge status={n.status} />
          {n.overdue ? <OverdueBadge days={n.overdueDays} /> : null}
          {n.mine ? <span className="text-xs font-semibold text-brand-800">untuk Anda</span> : null}
        </div>
        <p className="text-sm text-slate-700">
          Dari {n.fromLabel} · {formatDateTime(n.createdAt)}
          {n.dueOn ? ` · batas waktu ${formatDate(n.dueOn)}` : ""}
        </p>
        <p className="mt-1 text-sm">
          <span className="font-semibold">Instruksi:</span>{" "}
          {n.instructions.map((i) => INSTRUCTION_LABELS[i]).join(", ")}
        </p>
        {n.note ? <p className="mt-1 text-sm whitespace-pre-line">Catatan: {n.note}</p> : null}
        {n.receivedAt ? (
          <p className="mt-1 text-sm text-slate-700">
            Diterima {formatDateTime(n.receivedAt)}
            {n.receivedByName ? ` oleh ${n.receivedByName}` : ""}
          </p>
        ) : null}
        {n.reportNote ? <p className="mt-1 text-sm whitespace-pre-line">Laporan: {n.reportNote}</p> : null}
        {n.closedAt ? (
          <p className="mt-1 text-sm text-green-800">
            Ditutup {formatDateTime(n.closedAt)}
            {n.closedByName ? ` oleh ${n.closedByName}` : ""}
          </p>
        ) : null}
        {renderActions && n.mine ? (
          <div className={n.status === "selesai" ? "mt-2" : "mt-3 border-t border-slate-200 pt-3"}>
            {renderActions(n)}
          </div>
        ) : null}
      </article>
      {node.children.length ? (
        <ol className="ml-4 border-l-2 border-slate-200 pl-3" aria-label={`Diteruskan oleh ${n.recipientLabel}`}>
          {node.children.map((c) => (
            <Node key={c.item.id} node={c} renderActions={renderActions} />
          ))}
        </ol>
      ) : null}
    </li>
  );
}

/** The disposition chain as a tree; branches addressed to the viewer get their actions. */
export function DisposisiTree({
  branches,
  renderActions,
}: {
  branches: DisposisiNode[];
  renderActions?: (n: DisposisiNode) => ReactNode;
}) {
  if (branches.length === 0) return <p className="text-sm text-slate-600">Belum ada disposisi.</p>;
  return (
    <ol aria-label="Alur disposisi">
      {buildTree(branches).map((n) => (
        <Node key={n.item.id} node={n} renderActions={renderActions} />
      ))}
    </ol>
  );
}
