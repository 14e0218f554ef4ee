"use client";

import { createFromAspirationAction } from "@/lib/pokir/actions";
import { ProposalForm, type ProposalFormOptions } from "./proposal-form";

/**
 * Turn an aspiration the member may see into a pokir (source aspirasi). The merger places this on
 * SIAP's /portal/aspirasi/[id]; the page passes the form options (pokirFormOptions) and defaults
 * taken from the aspiration (title, body as masalah, kelurahan).
 */
export function FromAspirationForm({
  aspirationId,
  options,
  defaults,
}: {
  aspirationId: string;
  options: ProposalFormOptions;
  defaults?: Record<string, string>;
}) {
  return (
    <ProposalForm
      action={createFromAspirationAction.bind(null, aspirationId)}
      options={options}
      mode="member"
      defaults={defaults}
      submitLabel="Jadikan pokir"
    />
  );
}
