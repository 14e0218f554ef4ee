import { forwardDisposisiAction, receiveDisposisiAction, reportDisposisiAction } from "@/lib/letters/disposisi/actions";
import type { DisposisiNode } from "@/lib/letters/disposisi/tree";
import type { RecipientOption } from "@/lib/letters/disposisi/recipient-groups";
import { BranchPanel } from "./disposisi-actions";
import { DisposisiForm } from "./disposisi-form";

/** What a recipient can do with their branch: confirm receipt, then report, pass down or close. */
export function BranchActions({
  node,
  options,
  defaultDue,
}: {
  node: DisposisiNode;
  options: RecipientOption[];
  defaultDue: string;
}) {
  const prefix = node.id.slice(0, 8);
  return (
    <BranchPanel
      status={node.status}
      receive={receiveDisposisiAction.bind(null, node.id)}
      report={reportDisposisiAction.bind(null, node.id)}
      idPrefix={`rep-${prefix}`}
      forward={
        <details className="rounded-md border border-slate-200 bg-white p-3">
          <summary className="cursor-pointer font-semibold text-brand-800">Teruskan (disposisi lanjutan)</summary>
          <div className="mt-3">
            <DisposisiForm
              action={forwardDisposisiAction.bind(null, node.id)}
              options={options}
              defaultDue={defaultDue}
              submitLabel="Teruskan disposisi"
              idPrefix={`fwd-${prefix}`}
            />
          </div>
        </details>
      }
    />
  );
}
